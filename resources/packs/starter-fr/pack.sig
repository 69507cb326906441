{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "DAJTLrZGv/eMJfukv66ESLwBpqcNOvdBLSlovepPw3f1yRT3GiPTHClWNB0R8/r6TIldejFs30RGg6ho7/VWCw=="
}
