{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "ZOlQEFtefwF4rPHr9gL1waWe4mxDajHMvKGppac6XtdLL41Kr2rtdDK2j0qcTj1isH+cB+2kxvPFCuYjHrLOBQ=="
}
