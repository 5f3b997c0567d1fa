#include "PostalAddress.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace {

using PostalAddress::maxLineLength;
using PostalAddress::maxLines;

// Where a line goes, in the order of NF Z 10-011.
enum class Kind
{
    Name,    // line 1
    Inside,  // line 2: flat, floor, staircase, « chez »
    Outside, // line 3: building, residence, entrance
    Street,  // line 4: number and street
    Service, // line 5: BP, CS, lieu-dit
};

struct Line
{
    QString text;
    Kind kind;
};

QString withoutAccents(const QString& s)
{
    QString out;
    const QString decomposed = s.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

// Lower case without accents: how words are recognised.
QString plain(const QString& s)
{
    return withoutAccents(s).toLower();
}

QStringList wordsOf(const QString& s)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9/]+"));
    return plain(s).split(separators, Qt::SkipEmptyParts);
}

bool isInsideWord(const QString& w)
{
    static const QSet<QString> words{
        QStringLiteral("appt"),    QStringLiteral("app"),         QStringLiteral("apt"),
        QStringLiteral("appart"),  QStringLiteral("appartement"), QStringLiteral("etage"),
        QStringLiteral("etg"),     QStringLiteral("chez"),        QStringLiteral("c/o"),
        QStringLiteral("porte"),   QStringLiteral("logement"),    QStringLiteral("lgt"),
        QStringLiteral("couloir"), QStringLiteral("esc"),         QStringLiteral("escalier"),
        QStringLiteral("bal")};
    return words.contains(w);
}

bool isOutsideWord(const QString& w)
{
    static const QSet<QString> words{
        QStringLiteral("bat"),       QStringLiteral("batiment"), QStringLiteral("res"),
        QStringLiteral("residence"), QStringLiteral("immeuble"), QStringLiteral("imm"),
        QStringLiteral("entree"),    QStringLiteral("tour"),     QStringLiteral("pavillon"),
        QStringLiteral("hall"),      QStringLiteral("ensemble"), QStringLiteral("villa"),
        QStringLiteral("domaine"),   QStringLiteral("cite")};
    return words.contains(w);
}

bool isStreetType(const QString& w)
{
    static const QSet<QString> words{
        QStringLiteral("rue"),       QStringLiteral("avenue"),    QStringLiteral("av"),
        QStringLiteral("boulevard"), QStringLiteral("bd"),        QStringLiteral("bld"),
        QStringLiteral("place"),     QStringLiteral("pl"),        QStringLiteral("chemin"),
        QStringLiteral("ch"),        QStringLiteral("che"),       QStringLiteral("allee"),
        QStringLiteral("all"),       QStringLiteral("impasse"),   QStringLiteral("imp"),
        QStringLiteral("quai"),      QStringLiteral("cours"),     QStringLiteral("crs"),
        QStringLiteral("route"),     QStringLiteral("rte"),       QStringLiteral("square"),
        QStringLiteral("sq"),        QStringLiteral("passage"),   QStringLiteral("voie"),
        QStringLiteral("sentier"),   QStringLiteral("faubourg"),  QStringLiteral("fg"),
        QStringLiteral("esplanade"), QStringLiteral("promenade"), QStringLiteral("parvis"),
        QStringLiteral("mail"),      QStringLiteral("montee"),    QStringLiteral("traverse"),
        QStringLiteral("hameau"),    QStringLiteral("quartier"),  QStringLiteral("lotissement")};
    return words.contains(w);
}

// « 12 », « 12 bis », « 12B »: a house number alone (typed before a comma).
bool isHouseNumber(const QString& piece)
{
    static const QRegularExpression re(QStringLiteral("^\\d+\\s*(bis|ter|quater|[a-z])?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(piece.trimmed()).hasMatch();
}

Kind classify(const QString& piece)
{
    const QStringList w = wordsOf(piece);
    if (w.isEmpty())
        return Kind::Outside;
    const QString first = w.first();
    if (first == QLatin1String("bp") || first == QLatin1String("cs") ||
        first == QLatin1String("tsa") || first == QLatin1String("ld") ||
        (first == QLatin1String("boite") && w.value(1) == QLatin1String("postale")) ||
        (first == QLatin1String("lieu") && w.value(1) == QLatin1String("dit")))
        return Kind::Service;
    // « 12 rue … », « 12 bis avenue … », « rue … »: a street even when its
    // name holds a complement word (« 12 rue de la Tour »).
    static const QRegularExpression numbered(
        QStringLiteral("^(\\d+)(?:\\s*(?:bis|ter|quater|[a-z]))?[\\s,]+([a-z/]+)"));
    const QRegularExpressionMatch m = numbered.match(plain(piece).trimmed());
    if (isStreetType(first) || (m.hasMatch() && isStreetType(m.captured(2))))
        return Kind::Street;
    for (const QString& word : w) {
        if (isInsideWord(word))
            return Kind::Inside;
        if (isOutsideWord(word))
            return Kind::Outside;
    }
    if (first.front().isDigit())
        return Kind::Street;
    if (std::any_of(w.cbegin(), w.cend(), isStreetType))
        return Kind::Street;
    // Unknown: most often a residence's name typed as « adresse 2 ».
    return Kind::Outside;
}

// One typed line as lines of the block: a line that mixes a complement and
// the street (« Bâtiment B, 12 rue des Lilas ») is cut at its commas so that
// each part takes its place; « 12, avenue … » loses the comma La Poste does
// not want after the number.
QList<Line> linesOf(const QString& typed)
{
    QStringList pieces;
    for (const QString& raw : typed.split(u',', Qt::SkipEmptyParts)) {
        const QString piece = raw.simplified();
        if (piece.isEmpty())
            continue;
        if (!pieces.isEmpty() && isHouseNumber(pieces.last()))
            pieces.last() += u' ' + piece;
        else
            pieces << piece;
    }
    QList<Line> parts;
    for (const QString& piece : std::as_const(pieces))
        parts.append({piece, classify(piece)});
    if (parts.isEmpty())
        return {};
    const bool mixed = std::any_of(parts.cbegin(), parts.cend(),
                                   [](const Line& l) {
                                       return l.kind == Kind::Street || l.kind == Kind::Service;
                                   }) &&
                       std::any_of(parts.cbegin(), parts.cend(),
                                   [&](const Line& l) { return l.kind != parts.first().kind; });
    if (!mixed) {
        QStringList texts;
        for (const Line& l : std::as_const(parts))
            texts << l.text;
        return {{texts.join(QStringLiteral(", ")), parts.first().kind}};
    }
    QList<Line> lines;
    for (const Line& part : std::as_const(parts)) {
        if (!lines.isEmpty() && lines.last().kind == part.kind)
            lines.last().text += QStringLiteral(", ") + part.text;
        else
            lines << part;
    }
    return lines;
}

// La Poste's usual abbreviations, tried in this order until a line fits.
const std::vector<std::pair<QString, QString>>& abbreviations(Kind kind)
{
    static const std::vector<std::pair<QString, QString>> name{
        {QStringLiteral("monsieur"), QStringLiteral("M.")},
        {QStringLiteral("madame"), QStringLiteral("Mme")},
        {QStringLiteral("mademoiselle"), QStringLiteral("Mlle")},
        {QStringLiteral("messieurs"), QStringLiteral("MM.")},
        {QStringLiteral("mesdames"), QStringLiteral("Mmes")},
        {QStringLiteral("societe"), QStringLiteral("Sté")},
        {QStringLiteral("docteur"), QStringLiteral("Dr")},
        {QStringLiteral("maitre"), QStringLiteral("Me")}};
    static const std::vector<std::pair<QString, QString>> address{
        {QStringLiteral("escalier"), QStringLiteral("Esc")},
        {QStringLiteral("appartement"), QStringLiteral("Appt")},
        {QStringLiteral("batiment"), QStringLiteral("Bât")},
        {QStringLiteral("residence"), QStringLiteral("Rés")},
        {QStringLiteral("immeuble"), QStringLiteral("Imm")},
        {QStringLiteral("boulevard"), QStringLiteral("Bd")},
        {QStringLiteral("avenue"), QStringLiteral("Av")},
        {QStringLiteral("faubourg"), QStringLiteral("Fg")},
        {QStringLiteral("impasse"), QStringLiteral("Imp")},
        {QStringLiteral("chemin"), QStringLiteral("Ch")},
        {QStringLiteral("route"), QStringLiteral("Rte")},
        {QStringLiteral("square"), QStringLiteral("Sq")},
        {QStringLiteral("allee"), QStringLiteral("All")},
        {QStringLiteral("place"), QStringLiteral("Pl")},
        {QStringLiteral("lotissement"), QStringLiteral("Lot")},
        {QStringLiteral("general"), QStringLiteral("Gal")},
        {QStringLiteral("marechal"), QStringLiteral("Mal")},
        {QStringLiteral("president"), QStringLiteral("Pdt")},
        {QStringLiteral("docteur"), QStringLiteral("Dr")},
        {QStringLiteral("professeur"), QStringLiteral("Pr")},
        {QStringLiteral("commandant"), QStringLiteral("Cdt")},
        {QStringLiteral("capitaine"), QStringLiteral("Cne")},
        {QStringLiteral("lieutenant"), QStringLiteral("Lt")},
        {QStringLiteral("colonel"), QStringLiteral("Col")},
        {QStringLiteral("saint"), QStringLiteral("St")},
        {QStringLiteral("sainte"), QStringLiteral("Ste")}};
    return kind == Kind::Name ? name : address;
}

// Replaces the word `key` (compared without accents or case) wherever it
// stands, keeping the way it was written: « AVENUE » → « AV », « avenue » → « av ».
QString replaceWord(const QString& text, const QString& key, const QString& abbreviation)
{
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    QString out = text;
    QList<QRegularExpressionMatch> matches;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        matches << it.next();
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        const QString token = m->captured();
        if (plain(token) != key)
            continue;
        QString replacement = abbreviation;
        if (token == token.toUpper() && token.size() > 1)
            replacement = withoutAccents(abbreviation).toUpper();
        else if (token.front().isLower())
            replacement.front() = replacement.front().toLower();
        out.replace(m->capturedStart(), m->capturedLength(), replacement);
    }
    return out;
}

QString abbreviated(QString text, Kind kind)
{
    for (const auto& [key, abbreviation] : abbreviations(kind)) {
        if (text.size() <= maxLineLength)
            break;
        text = replaceWord(text, key, abbreviation);
    }
    return text;
}

// Where to wrap a line that is too long: after a comma if one falls within
// the line, else at the last space, else in the middle of a long word.
std::pair<QString, QString> wrapped(const QString& text)
{
    qsizetype at = text.lastIndexOf(QStringLiteral(", "), maxLineLength - 1);
    if (at > 0)
        return {text.left(at), text.mid(at + 2).trimmed()};
    at = text.lastIndexOf(u' ', maxLineLength);
    if (at > 0)
        return {text.left(at), text.mid(at + 1).trimmed()};
    return {text.left(maxLineLength), text.mid(maxLineLength)};
}

QString cut(const QString& text)
{
    if (text.size() <= maxLineLength)
        return text;
    const qsizetype at = text.lastIndexOf(u' ', maxLineLength);
    return (at > 0 ? text.left(at) : text.left(maxLineLength)).trimmed();
}

// « 42000 SAINT ETIENNE »: capitals, no accents, no punctuation.
QString cityLine(const QString& postalCode, const QString& city)
{
    static const QRegularExpression punctuation(QStringLiteral("[^A-Z0-9 ]"));
    QString line = withoutAccents(postalCode.simplified() + u' ' + city.simplified()).toUpper();
    line = line.replace(punctuation, QStringLiteral(" ")).simplified();
    if (line.size() > maxLineLength) {
        static const QRegularExpression saint(QStringLiteral("\\bSAINT\\b"));
        static const QRegularExpression sainte(QStringLiteral("\\bSAINTE\\b"));
        line.replace(saint, QStringLiteral("ST")).replace(sainte, QStringLiteral("STE"));
    }
    return cut(line);
}

QString countryLine(const QString& country)
{
    const QString c = country.trimmed();
    if (c.isEmpty() || c.compare(QLatin1String("FR"), Qt::CaseInsensitive) == 0 ||
        plain(c) == QLatin1String("france"))
        return {};
    QString name = c;
    if (c.size() == 2) {
        const QLocale::Territory t = QLocale::codeToTerritory(c.toUpper());
        if (t != QLocale::AnyTerritory)
            name = QLocale::territoryToString(t);
    }
    return cut(withoutAccents(name).toUpper().simplified());
}

} // namespace

namespace PostalAddress {

QStringList block(const QString& name, const QString& address1, const QString& address2,
                  const QString& postalCode, const QString& city, const QString& country)
{
    QList<Line> lines;
    if (!name.simplified().isEmpty())
        lines.append({name.simplified(), Kind::Name});
    QList<Line> address;
    for (const QString& field : {address1, address2})
        for (const QString& typed : field.split(u'\n', Qt::SkipEmptyParts))
            address << linesOf(typed);
    // Complements go before the street; without a recognisable street the
    // lines stay as typed (address1 first).
    const bool hasStreet = std::any_of(address.cbegin(), address.cend(),
                                       [](const Line& l) { return l.kind == Kind::Street; });
    if (hasStreet)
        std::stable_sort(address.begin(), address.end(),
                         [](const Line& a, const Line& b) { return a.kind < b.kind; });
    lines << address;
    for (Line& l : lines)
        l.text = abbreviated(l.text, l.kind);

    QStringList tail;
    const QString last = cityLine(postalCode, city);
    if (!last.isEmpty())
        tail << last;
    const QString countryName = countryLine(country);
    if (!countryName.isEmpty())
        tail << countryName;
    const int room = maxLines - int(tail.size());

    // Too many lines (at most 4 before the city and country): join
    // neighbouring complements, else the last two lines of the address.
    while (lines.size() > room) {
        qsizetype join = lines.size() - 2;
        for (qsizetype i = lines.size() - 2; i >= 0; --i) {
            const auto complement = [](Kind k) {
                return k == Kind::Inside || k == Kind::Outside;
            };
            if (complement(lines[i].kind) && complement(lines[i + 1].kind)) {
                join = i;
                break;
            }
        }
        lines[join].text = abbreviated(
            lines[join].text + QStringLiteral(", ") + lines[join + 1].text, lines[join].kind);
        lines.removeAt(join + 1);
    }

    // Lines still too long wrap onto the lines left free, else are cut.
    QStringList out;
    int spare = room - int(lines.size());
    for (const Line& l : std::as_const(lines)) {
        QString text = l.text;
        while (text.size() > maxLineLength && spare > 0) {
            const auto [first, rest] = wrapped(text);
            out << first;
            text = rest;
            --spare;
        }
        out << cut(text);
    }
    out << tail;
    return out;
}

QStringList block(const Account& a)
{
    return block(a.name, a.address1, a.address2, a.postalCode, a.city, a.country);
}

QStringList block(const Guarantor& g)
{
    return block(g.name, g.address1, g.address2, g.postalCode, g.city, g.country);
}

} // namespace PostalAddress
