{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "UNu5pthCU76KW7sk1OQSQ9BUugVqbTdy1PNm4+XRRtIYxSpm+8V4r7fJQURwXTxtopbI1sgfQvXf4w4mhKT0CA=="
}
