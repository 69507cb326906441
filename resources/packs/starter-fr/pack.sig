{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "fA71NOw1+JsCsHGs0guTUv/cjqolXsnaEg1En8LH4EQ0FIrd2vahiKTHmjh3h5iu56HMM/EKPxv/V7NGaqElAA=="
}
