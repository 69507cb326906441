{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "umnQpdXOriMARQfKUskHWy0gJ5z0K2zS+JjbBoLlDkUjSp2HUJQL5mAGynLozsej3oQ4mAInJseeqlt3jJf3Dg=="
}
