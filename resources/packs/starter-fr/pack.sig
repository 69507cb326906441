{
  "algorithm": "ed25519",
  "public_key": "sAN9F02Sv/GqRa4Ui/MSquJH8CzDmi0/fUugAoV4dDk=",
  "signature": "2jNWObRjrAvdHz88lcLv2pWjwKrQvQqpvMu0cupH4L7YMAW+kQFe2VvWkntlH3pHaJ4l4Fo9E4f8sjKSgZRUCA=="
}
