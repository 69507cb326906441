{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "rEYsuHQCD3Vb3tgohKgG3iLAyPL4IbwW006oazV8Shb/XBoZVfguqSxnKwf30T4y8oeX2pD+m2rw3GTzY+NGAw=="
}
