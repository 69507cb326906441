{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "aBeBb7YP9PpfkmkGDkIw4yRH2K36xWakjqfhp/bYXlnuNrYzkYu/ddIX9seU+YH/bSaVY+YcUMD62A5FjKIADg=="
}
