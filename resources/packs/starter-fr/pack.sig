{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "8O6qJExDTjs8xelj+1B3exymmASZMfJw/uq2t25M4dA3xOvVm5bRslIn8LrJFpxq7BrFjJqYKdvpQZsTAbqtAA=="
}
