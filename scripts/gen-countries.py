#!/usr/bin/env python3
"""Regenerates src/domain/countries.rs from the system tzdata tables.

Each ISO 3166-1 alpha-2 country gets one representative IANA zone (its capital's, where the
country has several) and a city name to show people ("02:00 in Pristina"). Kosovo (XK) is not
in ISO 3166 yet but is used by the UN and EU; it is added by hand.

Names are the United Nations' official short names, as the UN Statistics Division's M49
standard ("Standard country or area codes for statistical use") and UNTERM give them:
"Republic of Korea", not tzdata's "Korea (South)". Every code needs one here: a code tzdata
adds without a UN name stops the script, so nobody ships tzdata's informal name by accident.
Run: python3 scripts/gen-countries.py > src/domain/countries.rs
"""
import sys
import unicodedata

ZONEINFO = "/usr/share/zoneinfo"
# Countries with several zones: the capital's zone and name.
CAPITAL = {
    "US": ("America/New_York", "Washington"), "RU": ("Europe/Moscow", "Moscow"),
    "CA": ("America/Toronto", "Ottawa"), "AU": ("Australia/Sydney", "Canberra"),
    "BR": ("America/Sao_Paulo", "Brasília"), "MX": ("America/Mexico_City", "Mexico City"),
    "ID": ("Asia/Jakarta", "Jakarta"), "KZ": ("Asia/Almaty", "Astana"),
    "CN": ("Asia/Shanghai", "Beijing"), "MN": ("Asia/Ulaanbaatar", "Ulaanbaatar"),
    "UZ": ("Asia/Tashkent", "Tashkent"), "AR": ("America/Argentina/Buenos_Aires", "Buenos Aires"),
    "CL": ("America/Santiago", "Santiago"), "EC": ("America/Guayaquil", "Quito"),
    "ES": ("Europe/Madrid", "Madrid"), "PT": ("Europe/Lisbon", "Lisbon"),
    "DE": ("Europe/Berlin", "Berlin"), "UA": ("Europe/Kyiv", "Kyiv"),
    "CD": ("Africa/Kinshasa", "Kinshasa"), "MY": ("Asia/Kuala_Lumpur", "Kuala Lumpur"),
    "NZ": ("Pacific/Auckland", "Wellington"), "PG": ("Pacific/Port_Moresby", "Port Moresby"),
    "KI": ("Pacific/Tarawa", "Tarawa"), "FM": ("Pacific/Pohnpei", "Palikir"),
    "PF": ("Pacific/Tahiti", "Papeete"), "GL": ("America/Nuuk", "Nuuk"),
    "CY": ("Asia/Nicosia", "Nicosia"), "PS": ("Asia/Gaza", "Ramallah"),
    "KR": ("Asia/Seoul", "Seoul"), "IN": ("Asia/Kolkata", "New Delhi"),
    "VN": ("Asia/Ho_Chi_Minh", "Hanoi"), "TR": ("Europe/Istanbul", "Ankara"),
    "CH": ("Europe/Zurich", "Bern"), "UM": ("Pacific/Midway", "Midway"),
    "AQ": ("Antarctica/McMurdo", "McMurdo"), "EG": ("Africa/Cairo", "Cairo"),
    "ZA": ("Africa/Johannesburg", "Pretoria"), "NG": ("Africa/Lagos", "Abuja"),
    "PK": ("Asia/Karachi", "Islamabad"), "CI": ("Africa/Abidjan", "Yamoussoukro"),
}
EXTRA = [("XK", "Kosovo", "Europe/Belgrade", "Pristina")]

# UN M49 / UNTERM short names, by ISO 3166-1 alpha-2 code.
UN_NAMES = {
    "AD": "Andorra", "AE": "United Arab Emirates", "AF": "Afghanistan",
    "AG": "Antigua and Barbuda", "AI": "Anguilla", "AL": "Albania", "AM": "Armenia",
    "AO": "Angola", "AQ": "Antarctica", "AR": "Argentina", "AS": "American Samoa",
    "AT": "Austria", "AU": "Australia", "AW": "Aruba", "AX": "Åland Islands",
    "AZ": "Azerbaijan", "BA": "Bosnia and Herzegovina", "BB": "Barbados", "BD": "Bangladesh",
    "BE": "Belgium", "BF": "Burkina Faso", "BG": "Bulgaria", "BH": "Bahrain", "BI": "Burundi",
    "BJ": "Benin", "BL": "Saint Barthélemy", "BM": "Bermuda", "BN": "Brunei Darussalam",
    "BO": "Bolivia (Plurinational State of)", "BQ": "Bonaire, Sint Eustatius and Saba",
    "BR": "Brazil", "BS": "Bahamas", "BT": "Bhutan", "BV": "Bouvet Island", "BW": "Botswana",
    "BY": "Belarus", "BZ": "Belize", "CA": "Canada", "CC": "Cocos (Keeling) Islands",
    "CD": "Democratic Republic of the Congo", "CF": "Central African Republic", "CG": "Congo",
    "CH": "Switzerland", "CI": "Côte d'Ivoire", "CK": "Cook Islands", "CL": "Chile",
    "CM": "Cameroon", "CN": "China", "CO": "Colombia", "CR": "Costa Rica", "CU": "Cuba",
    "CV": "Cabo Verde", "CW": "Curaçao", "CX": "Christmas Island", "CY": "Cyprus",
    "CZ": "Czechia", "DE": "Germany", "DJ": "Djibouti", "DK": "Denmark", "DM": "Dominica",
    "DO": "Dominican Republic", "DZ": "Algeria", "EC": "Ecuador", "EE": "Estonia",
    "EG": "Egypt", "EH": "Western Sahara", "ER": "Eritrea", "ES": "Spain", "ET": "Ethiopia",
    "FI": "Finland", "FJ": "Fiji", "FK": "Falkland Islands (Malvinas)",
    "FM": "Micronesia (Federated States of)", "FO": "Faroe Islands", "FR": "France",
    "GA": "Gabon", "GB": "United Kingdom of Great Britain and Northern Ireland",
    "GD": "Grenada", "GE": "Georgia", "GF": "French Guiana", "GG": "Guernsey", "GH": "Ghana",
    "GI": "Gibraltar", "GL": "Greenland", "GM": "Gambia", "GN": "Guinea", "GP": "Guadeloupe",
    "GQ": "Equatorial Guinea", "GR": "Greece",
    "GS": "South Georgia and the South Sandwich Islands", "GT": "Guatemala", "GU": "Guam",
    "GW": "Guinea-Bissau", "GY": "Guyana",
    "HK": "China, Hong Kong Special Administrative Region",
    "HM": "Heard Island and McDonald Islands", "HN": "Honduras", "HR": "Croatia",
    "HT": "Haiti", "HU": "Hungary", "ID": "Indonesia", "IE": "Ireland", "IL": "Israel",
    "IM": "Isle of Man", "IN": "India", "IO": "British Indian Ocean Territory", "IQ": "Iraq",
    "IR": "Iran (Islamic Republic of)", "IS": "Iceland", "IT": "Italy", "JE": "Jersey",
    "JM": "Jamaica", "JO": "Jordan", "JP": "Japan", "KE": "Kenya", "KG": "Kyrgyzstan",
    "KH": "Cambodia", "KI": "Kiribati", "KM": "Comoros", "KN": "Saint Kitts and Nevis",
    "KP": "Democratic People's Republic of Korea", "KR": "Republic of Korea", "KW": "Kuwait",
    "KY": "Cayman Islands", "KZ": "Kazakhstan", "LA": "Lao People's Democratic Republic",
    "LB": "Lebanon", "LC": "Saint Lucia", "LI": "Liechtenstein", "LK": "Sri Lanka",
    "LR": "Liberia", "LS": "Lesotho", "LT": "Lithuania", "LU": "Luxembourg", "LV": "Latvia",
    "LY": "Libya", "MA": "Morocco", "MC": "Monaco", "MD": "Republic of Moldova",
    "ME": "Montenegro", "MF": "Saint Martin (French Part)", "MG": "Madagascar",
    "MH": "Marshall Islands", "MK": "North Macedonia", "ML": "Mali", "MM": "Myanmar",
    "MN": "Mongolia", "MO": "China, Macao Special Administrative Region",
    "MP": "Northern Mariana Islands", "MQ": "Martinique", "MR": "Mauritania",
    "MS": "Montserrat", "MT": "Malta", "MU": "Mauritius", "MV": "Maldives", "MW": "Malawi",
    "MX": "Mexico", "MY": "Malaysia", "MZ": "Mozambique", "NA": "Namibia",
    "NC": "New Caledonia", "NE": "Niger", "NF": "Norfolk Island", "NG": "Nigeria",
    "NI": "Nicaragua", "NL": "Netherlands (Kingdom of the)", "NO": "Norway", "NP": "Nepal",
    "NR": "Nauru", "NU": "Niue", "NZ": "New Zealand", "OM": "Oman", "PA": "Panama",
    "PE": "Peru", "PF": "French Polynesia", "PG": "Papua New Guinea", "PH": "Philippines",
    "PK": "Pakistan", "PL": "Poland", "PM": "Saint Pierre and Miquelon", "PN": "Pitcairn",
    "PR": "Puerto Rico", "PS": "State of Palestine", "PT": "Portugal", "PW": "Palau",
    "PY": "Paraguay", "QA": "Qatar", "RE": "Réunion", "RO": "Romania", "RS": "Serbia",
    "RU": "Russian Federation", "RW": "Rwanda", "SA": "Saudi Arabia", "SB": "Solomon Islands",
    "SC": "Seychelles", "SD": "Sudan", "SE": "Sweden", "SG": "Singapore", "SH": "Saint Helena",
    "SI": "Slovenia", "SJ": "Svalbard and Jan Mayen Islands", "SK": "Slovakia",
    "SL": "Sierra Leone", "SM": "San Marino", "SN": "Senegal", "SO": "Somalia",
    "SR": "Suriname", "SS": "South Sudan", "ST": "Sao Tome and Principe", "SV": "El Salvador",
    "SX": "Sint Maarten (Dutch part)", "SY": "Syrian Arab Republic", "SZ": "Eswatini",
    "TC": "Turks and Caicos Islands", "TD": "Chad", "TF": "French Southern Territories",
    "TG": "Togo", "TH": "Thailand", "TJ": "Tajikistan", "TK": "Tokelau", "TL": "Timor-Leste",
    "TM": "Turkmenistan", "TN": "Tunisia", "TO": "Tonga", "TR": "Türkiye",
    "TT": "Trinidad and Tobago", "TV": "Tuvalu",
    # not an area of M49; named as UN bodies name it in their statistics (UNCTAD, UNSD trade)
    "TW": "Taiwan Province of China",
    "TZ": "United Republic of Tanzania", "UA": "Ukraine", "UG": "Uganda",
    "UM": "United States Minor Outlying Islands", "US": "United States of America",
    "UY": "Uruguay", "UZ": "Uzbekistan", "VA": "Holy See",
    "VC": "Saint Vincent and the Grenadines", "VE": "Venezuela (Bolivarian Republic of)",
    "VG": "British Virgin Islands", "VI": "United States Virgin Islands", "VN": "Viet Nam",
    "VU": "Vanuatu", "WF": "Wallis and Futuna Islands", "WS": "Samoa", "YE": "Yemen",
    "YT": "Mayotte", "ZA": "South Africa", "ZM": "Zambia", "ZW": "Zimbabwe",
    # Kosovo is not a UN member and has no M49 code; UN documents call it "Kosovo" (with a
    # reference to Security Council resolution 1244 (1999)), and the reference scenario has it.
    "XK": "Kosovo",
}

names = {}
for line in open(f"{ZONEINFO}/iso3166.tab", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    code, name = line.rstrip("\n").split("\t")[:2]
    names[code] = name
zones = {}
for line in open(f"{ZONEINFO}/zone.tab", encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    code, _, tz = line.split("\t")[:3]
    zones.setdefault(code, tz.strip())

rows = []
for code, name in names.items():
    if code in CAPITAL:
        tz, city = CAPITAL[code]
    elif code in zones:
        tz = zones[code]
        city = tz.rsplit("/", 1)[1].replace("_", " ")
    else:
        continue
    rows.append((code, name, tz, city))
rows.extend(EXTRA)
missing = [code for code, *_ in rows if code not in UN_NAMES]
if missing:
    sys.exit(f"no UN short name for {', '.join(missing)}: add it to UN_NAMES")
rows = [(code, UN_NAMES[code], tz, city) for code, _, tz, city in rows]
rows.sort()

out = sys.stdout
out.write("// @generated by scripts/gen-countries.py from tzdata's iso3166.tab and zone.tab, with the\n")
out.write("// UN's official short names (M49 / UNTERM).\n")
out.write("// Do not edit by hand: change the script's overrides and run it again.\n\n")
out.write("/// (ISO 3166-1 alpha-2 code, the UN's short name in English, representative IANA zone, city shown\n")
out.write("/// to people), sorted by code\n")
out.write("pub static COUNTRIES: &[(&str, &str, &str, &str)] = &[\n")
def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')
for code, name, tz, city in rows:
    out.write(f'    ("{code}", "{esc(name)}", "{tz}", "{esc(city)}"),\n')
out.write("];\n\n")
# the same rows in the order people look for them in a list: by name, accents aside ("Åland
# Islands" under A, "Türkiye" just before "Turkmenistan")
def by_name(row):
    plain = "".join(c for c in unicodedata.normalize("NFKD", row[1]) if not unicodedata.combining(c))
    return (plain.casefold(), row[0])
out.write("/// [`COUNTRIES`] by name, as lists show them to people (accents aside: \"Åland Islands\" under A).\n")
out.write("pub static COUNTRIES_BY_NAME: &[(&str, &str, &str, &str)] = &[\n")
for code, name, tz, city in sorted(rows, key=by_name):
    out.write(f'    ("{code}", "{esc(name)}", "{tz}", "{esc(city)}"),\n')
out.write("];\n")
