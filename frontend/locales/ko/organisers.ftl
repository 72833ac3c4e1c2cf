# Cascade — organisers' pages (ko). Translating these is welcome but optional: a message
# missing here is shown in English. Keep the ids and variables of ../en/organisers.ftl.
