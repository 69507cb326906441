{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "75g5DmwpJwa2SP+GtZ0Xoou1//4q6cW+yeTAmVURU4a/I/Qdt8Iq9kbIrXJsICXKGKua7QAqlZkGjk/1QscxAA=="
}
