# Cascade — the trainer space, the public impact page and the e-mails trainers get (en).
