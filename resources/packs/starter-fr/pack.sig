{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "ZxQfCfIvAh5+caTEQpT82nlJTIFlWDFY0Eq7i/J9geVR4+6Ob4kNAYa55NY4E5yC0Y62byAyutOFeS4MCae2Cw=="
}
