# Cascade — organisers' pages (English, complete).

## A training's title and description in other languages (/trainings/{id}/languages)
org-languages-title = Other languages: { $title }
org-languages-heading = The title and description in other languages
org-languages-lead = Participants who read another language than { $language } see the training's title, summary and description in their language, where you write them here: on the public page, the registration form, their own page and their e-mails. Calendar entries keep the training's own title.
org-languages-saved = Saved. Readers of these languages see them now.
org-languages-add = Add a language
org-languages-language = Language
org-languages-choose = Choose…
org-languages-field-title = Title
org-languages-field-summary = Summary (one line, optional)
org-languages-field-description = Description (optional)
org-languages-description-hint = Markdown, as the training's own description. Empty: readers see the training's own description.
org-languages-remove-hint = To remove a language, empty its title, summary and description and its language.
org-languages-save = Save the languages
org-languages-none = Only in the training's own language.
org-languages-who = The lead organiser and co-organisers change these.
org-languages-link = Other languages
