{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "d90OUK7LERnnnVvYb+KwqIpS+6HgKrEDztfqAp+EIYkGYKW2AyRZxASAvBDGM/ksKHCfD902bCVrUSz+aNMWDw=="
}
