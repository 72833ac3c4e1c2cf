# Cascade — organisers' pages (English, complete).
