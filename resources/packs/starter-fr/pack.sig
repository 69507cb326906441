{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "fJUZxAYgv3n8c1gkW+CGj4ZHQfVCYH6XTAxK297zJlEmH5MNbzI/jLh1i1DU0C+v2rhOoHzDphv6eZskHRbkBQ=="
}
