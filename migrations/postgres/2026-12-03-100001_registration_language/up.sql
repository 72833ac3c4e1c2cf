-- The participant's language (a BCP 47 code Cascade speaks: en, fr, es, ru, zh-Hans, ar, ko,
-- mn, sq, uz-Latn): the language they registered in, or chose on their page. Their e-mails,
-- calendar invitations and certificate follow it; NULL: the training's language.
ALTER TABLE registrations ADD COLUMN language TEXT;
