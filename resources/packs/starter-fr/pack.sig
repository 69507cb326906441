{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "/Ll3qDJaVtvcOt2SaYGhXAvQZkRas+UZh974pkHI9MHMFCHhk2Vvv5ZSy8z1X40VvaiwNnFbb7eVd14tALNbAA=="
}
