#!/usr/bin/env python3
# Writes the FEC golden cases' input files (cases/fec-*/) byte for byte: the
# encodings, delimiters and line ends of real exports cannot be typed in an
# editor reliably. Run it again after changing it; case.txt and
# expected-db.txt are written by hand / by RELANCE_GOLDEN_UPDATE=1.
import os

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
HEADER = ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
          "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
          "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"]
ACCOUNTS = ("ref;name;email;address1;postal_code;city;lease_type;monthly_rent;payment_method\n"
            "LOC0001;M. Jean Dupont;jean.dupont@example.fr;12 rue des Lilas;69003;Lyon;"
            "residential;850,00;transfer\n"
            "LOC0002;Mme Hélène Martin;;3 place Bellecour;69002;Lyon;furnished;1 013,50;"
            "direct_debit\n")


def amt(cents, style="comma"):
    """An amount the way one program or another writes it."""
    neg = cents < 0
    cents = abs(cents)
    euros, c = divmod(cents, 100)
    if style == "comma":
        s = f"{euros},{c:02d}"
    elif style == "dot":
        s = f"{euros}.{c:02d}"
    elif style == "thousands":
        s = f"{euros:,}".replace(",", " ") + f",{c:02d}"
    elif style == "padded":
        s = f"{euros:015d},{c:02d}"
        return ("-" if neg else " ") + s
    return ("-" if neg else "") + s


def date(y, m, d, style="fec"):
    if style == "fec":
        return f"{y:04d}{m:02d}{d:02d}"
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{d:02d}/{m:02d}/{y:04d}"


def line(journal, jlib, num, d, compte, clib, aux, auxlib, piece, pdate, lib, debit, credit,
         let="", dlet="", style="comma", dstyle="fec", debit_style=None):
    return [journal, jlib, str(num), date(*d, dstyle), compte, clib, aux, auxlib, piece,
            date(*pdate, dstyle) if pdate else "", lib,
            amt(debit, debit_style or style), amt(credit, style), let,
            date(*dlet, dstyle) if dlet else "", date(*d, dstyle), "", ""]


def base_lines(style="comma", dstyle="fec", piece_none="", latin=False):
    """Rent calls, payments with lettrage, a fee, an unknown tenant, and the
    counterpart lines an accounting program writes beside them."""
    L = []
    lib2 = "Loyer juin 2026 cœur de ville" if latin else "Loyer juin 2026"
    L.append(line("LOY", "Appels de loyers", 1, (2026, 6, 1), "411000", "Locataires", "LOC0001",
                  "M. Jean Dupont", "AE-2026-06", (2026, 6, 5), "Loyer juin 2026", 85000, 0, "A",
                  (2026, 6, 4), style=style, dstyle=dstyle))
    L.append(line("LOY", "Appels de loyers", 1, (2026, 6, 1), "706000", "Loyers", "", "",
                  "AE-2026-06", (2026, 6, 5), "Loyer juin 2026", 0, 85000, style=style,
                  dstyle=dstyle))
    L.append(line("LOY", "Appels de loyers", 2, (2026, 6, 1), "411000", "Locataires", "LOC0002",
                  "Mme Hélène Martin", "AE-2026-06", (2026, 6, 5), lib2, 101350, 0,
                  style=style, dstyle=dstyle))
    L.append(line("LOY", "Appels de loyers", 2, (2026, 6, 1), "706000", "Loyers", "", "",
                  "AE-2026-06", (2026, 6, 5), lib2, 0, 101350, style=style, dstyle=dstyle))
    L.append(line("BQ", "Banque", 1, (2026, 6, 4), "512000", "Banque", "", "", piece_none, None,
                  "Virement Dupont", 85000, 0, style=style, dstyle=dstyle))
    L.append(line("BQ", "Banque", 1, (2026, 6, 4), "411000", "Locataires", "LOC0001",
                  "M. Jean Dupont", piece_none, None, "Virement Dupont", 0, 85000, "A",
                  (2026, 6, 4), style=style, dstyle=dstyle))
    L.append(line("OD", "Opérations diverses", 7, (2026, 6, 20), "411000", "Locataires", "LOC0002",
                  "Mme Hélène Martin", "REL-1", None, "Frais de relance", 1500, 0, style=style,
                  dstyle=dstyle))
    L.append(line("OD", "Opérations diverses", 7, (2026, 6, 20), "708000", "Frais", "", "",
                  "REL-1", None, "Frais de relance", 0, 1500, style=style, dstyle=dstyle))
    L.append(line("LOY", "Appels de loyers", 3, (2026, 6, 1), "411000", "Locataires", "LOC0003",
                  "Mme Alice Bernard", "AE-2026-06", (2026, 6, 5), "Loyer juin 2026", 60000, 0,
                  style=style, dstyle=dstyle))
    # A general 411 line without a tenant: skipped, like the 706 and 512 ones.
    L.append(line("LOY", "Appels de loyers", 3, (2026, 6, 1), "411000", "Locataires", "", "",
                  "AE-2026-06", (2026, 6, 5), "Loyer juin 2026", 0, 60000, style=style,
                  dstyle=dstyle))
    return L


def write(case, name, rows, delim="|", encoding="utf-8", bom=False, eol="\n", final=True,
          header=None):
    os.makedirs(os.path.join(HERE, case), exist_ok=True)
    text = eol.join(delim.join(r) for r in [header or HEADER] + rows) + (eol if final else "")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, case, name), "wb") as f:
        f.write(data)


def accounts(case):
    os.makedirs(os.path.join(HERE, case), exist_ok=True)
    with open(os.path.join(HERE, case, "accounts.csv"), "w", encoding="utf-8") as f:
        f.write(ACCOUNTS)


# Delimiters, encodings, line ends.
accounts("fec-pipe-utf8-lf")
write("fec-pipe-utf8-lf", "fec.txt", base_lines())
accounts("fec-tab-utf8-bom-crlf")
write("fec-tab-utf8-bom-crlf", "fec.txt", base_lines(), delim="\t", bom=True, eol="\r\n")
accounts("fec-iso8859-15")
write("fec-iso8859-15", "fec.txt", base_lines(latin=True), encoding="iso8859_15")
accounts("fec-windows1252-no-final-break")
write("fec-windows1252-no-final-break", "fec.txt", base_lines(latin=True), encoding="cp1252",
      eol="\r\n", final=False)
# Amounts and dates.
accounts("fec-zero-padded-amounts")
rows = base_lines(style="padded")
# The program writes the payment as a negative debit.
rows[5][11] = amt(-85000, "padded")
rows[5][12] = amt(0, "padded")
write("fec-zero-padded-amounts", "fec.txt", rows)
accounts("fec-dot-and-thousands")
rows = base_lines(style="dot")
rows[2][11] = amt(101350, "thousands")
rows[3][12] = amt(101350, "thousands")
write("fec-dot-and-thousands", "fec.txt", rows)
accounts("fec-french-and-iso-dates")
rows = base_lines(dstyle="french", piece_none="-")
write("fec-french-and-iso-dates", "fec-french.txt", rows)
rows = base_lines(dstyle="iso")
write("fec-french-and-iso-dates", "fec-iso.txt", rows)
# Header names in any case, the misspelled lettrage columns.
accounts("fec-header-names")
h = [n.lower() for n in HEADER]
h[13] = "EcrtureLet"
write("fec-header-names", "fec-ecrturelet.txt", base_lines(), header=h)
h = [n.upper() for n in HEADER]
h[13] = "LettragePiece"
write("fec-header-names", "fec-lettragepiece.txt", base_lines(), header=h)

# Lettrage: partial payments, several debits, a code reused after its DateLet.
def tenant(journal, num, d, lib, debit, credit, let="", dlet=None, aux="LOC0001", piece=None):
    return [line(journal, "J", num, d, "411000", "Locataires", aux, "M. Jean Dupont", "-", piece,
                 lib, debit, credit, let, dlet),
            line(journal, "J", num, d, "706000" if debit else "512000", "Contrepartie", "", "",
                 "-", piece, lib, credit, debit)]


accounts("fec-lettrage-partial-and-several-debits")
rows = []
for r in [tenant("LOY", 1, (2026, 6, 1), "Loyer juin 2026", 85000, 0, "AB", (2026, 7, 5),
                 piece=(2026, 6, 5)),
          tenant("BQ", 1, (2026, 6, 10), "Virement partiel", 0, 40000, "AB", (2026, 7, 5)),
          tenant("BQ", 2, (2026, 6, 20), "Virement solde", 0, 45000, "AB", (2026, 7, 5)),
          tenant("LOY", 2, (2026, 7, 1), "Loyer juillet 2026", 85000, 0, "AB", (2026, 7, 5),
                 piece=(2026, 7, 5)),
          tenant("BQ", 3, (2026, 7, 5), "Virement juillet", 0, 85000, "AB", (2026, 7, 5)),
          # One payment for two months: it pays the oldest.
          tenant("LOY", 3, (2026, 8, 1), "Loyer août 2026", 85000, 0, "CD", (2026, 9, 2),
                 piece=(2026, 8, 5)),
          tenant("LOY", 4, (2026, 9, 1), "Loyer septembre 2026", 85000, 0, "CD", (2026, 9, 2),
                 piece=(2026, 9, 5)),
          tenant("BQ", 4, (2026, 9, 2), "Virement août et septembre", 0, 170000, "CD",
                 (2026, 9, 2))]:
    rows += r
write("fec-lettrage-partial-and-several-debits", "fec.txt", rows)

accounts("fec-lettrage-code-reused")
rows = []
for r in [tenant("LOY", 1, (2026, 6, 1), "Loyer juin 2026", 85000, 0, "A", (2026, 6, 4),
                 piece=(2026, 6, 5)),
          tenant("BQ", 1, (2026, 6, 4), "Virement juin", 0, 85000, "A", (2026, 6, 4)),
          # « A » closed on 4 June; the program uses it again in July.
          tenant("LOY", 2, (2026, 7, 1), "Loyer juillet 2026", 85000, 0, "A", (2026, 7, 3),
                 piece=(2026, 7, 5)),
          # Paid before its rent is called, after « A » was closed: the
          # July group, not June's.
          tenant("BQ", 2, (2026, 6, 28), "Virement juillet", 0, 85000, "A", (2026, 7, 3))]:
    rows += r
write("fec-lettrage-code-reused", "fec.txt", rows)

# Kinds from the default rules; an entry with two tenant lines.
accounts("fec-kinds-and-positions")
rows = []
for r in [tenant("OD", 1, (2026, 6, 12), "Rejet prélèvement juin", 85000, 0,
                 piece=(2026, 6, 12)),
          tenant("OD", 2, (2026, 6, 15), "Frais de rejet", 2000, 0, piece=(2026, 6, 15)),
          tenant("OD", 3, (2026, 6, 16), "Avoir sur loyer", 0, 5000),
          tenant("OD", 4, (2026, 6, 30), "Régularisation de charges 2025", 12000, 0)]:
    rows += r
# One entry, two tenants: the refs get the line's position.
rows.append(line("LOY", "Appels de loyers", 9, (2026, 7, 1), "411000", "Locataires", "LOC0001",
                 "M. Jean Dupont", "AE-07", (2026, 7, 5), "Loyer juillet 2026", 85000, 0))
rows.append(line("LOY", "Appels de loyers", 9, (2026, 7, 1), "411000", "Locataires", "LOC0002",
                 "Mme Hélène Martin", "AE-07", (2026, 7, 5), "Loyer juillet 2026", 101350, 0))
rows.append(line("LOY", "Appels de loyers", 9, (2026, 7, 1), "706000", "Loyers", "", "",
                 "AE-07", (2026, 7, 5), "Loyer juillet 2026", 0, 186350))
write("fec-kinds-and-positions", "fec.txt", rows)

# --update and idempotence.
accounts("fec-update")
write("fec-update", "fec.txt", base_lines())
rows = base_lines()
rows[0][11] = amt(86000)
rows[1][12] = amt(86000)
write("fec-update", "fec-changed.txt", rows)

# Bad files, refused whole with their lines.
accounts("fec-broken-values")
rows = base_lines()
rows[0][3] = "20260631"             # 31 June
rows[2][11] = "1013,505"            # three decimals
rows[5][11] = amt(100)              # a debit and a credit
rows[6][11] = amt(0)                # neither
rows[8][9] = "2026/06/05"           # not a date
rows.append(rows[0][:10])           # cut short
rows[6][2] = ""                     # no entry number
write("fec-broken-values", "fec.txt", rows)
accounts("fec-broken-missing-column")
h = HEADER[:]
h[6] = "CompteAux"
write("fec-broken-missing-column", "fec.txt", base_lines(), header=h)
