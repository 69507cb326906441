{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "UngzKMqPqXv00RYZx0PdLhpSI9/Azoa9045gmv7rBMOGbPkjMvTBp6iU76bloidpgOX4KfV7zXkk09ZSTrFoBg=="
}
