{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "HvrCynl0AyzgjDSoiFOK5QI+v01qpiY9ujiDA1hAfFcCx25uhrfCwYA8zstivBa81iaEDY9YHHoUw/Q3Sy4pDQ=="
}
