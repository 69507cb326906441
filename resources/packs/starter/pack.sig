{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "V93ZDTwiydbIc8IRl7rrpdRPpoDPRSI8j+OnqfZuf5bRReUaDyaWW0iIMTvXwYduMrcUb7TnBvme27lCj1/KDg=="
}
