{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "WJZY7IMyeE8JtQDl6xO/bnPd/zTTOM2mYZhkjksVComnCrsShNta1eVnznLT8+1b2XAcccmoVxp2OxcRcLwgDQ=="
}
