{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "CO/If4J3+KkdPaU22RFecW1sGFi0rziTadnN3l9mXCRkSuPtNTXxq7cZV+qmFUV8au8GA4LVMCTp//hnrL9WBg=="
}
