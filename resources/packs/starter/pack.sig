{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "Fw1nHo4dq+I6tdwIbHezvokUcYnjgaxqJIbA1rouYKj/3KkeuVn+v7/e82oYvCpz80ps3uaAT000bzXRlsbUBA=="
}
