-- The holder's language when the certificate was issued (their registration's language, else
-- the training's): the PDF's fixed wording and the certificate's e-mails are in it. NULL on
-- certificates issued before languages: English.
ALTER TABLE certificates ADD COLUMN language TEXT;
