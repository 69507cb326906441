{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "mb5HjQ45+OcqRp4lCeKGLnIwqZBYJ0HPL1sbigmElncXhaHeueB5GXHfF17b8z5SBgekzRNE1petcftrguO4AA=="
}
