#include "DemoPeople.h"

#include <QStringList>

#include <vector>

namespace DemoPeople {

QString utf8(const char* s)
{
    return QString::fromUtf8(s);
}

const DemoCatalog::City& pickCity(DemoRandom& r)
{
    std::size_t n = 0;
    const DemoCatalog::City* cities = DemoCatalog::cities(&n);
    std::vector<int> weights(n);
    for (std::size_t i = 0; i < n; ++i)
        weights[i] = cities[i].weight;
    return cities[r.weighted(weights.data(), n)];
}

QString pickPostcode(DemoRandom& r, const DemoCatalog::City& city)
{
    const QStringList codes = utf8(city.postcodes).split(u' ');
    return codes.at(r.below(int(codes.size())));
}

QString mailPart(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c == u' ' || c == u'-' || c == u'\'')
            out += u'-';
    }
    return out;
}

QString phoneNumber(DemoRandom& r, const char* prefix)
{
    return QStringLiteral("%1 %2 %3")
        .arg(utf8(prefix))
        .arg(r.between(0, 99), 2, 10, QLatin1Char('0'))
        .arg(r.between(0, 99), 2, 10, QLatin1Char('0'));
}

Street pickStreet(DemoRandom& r, const DemoCatalog::City& city)
{
    Street s;
    const int number = r.chance(0.7) ? r.between(1, 40) : r.between(41, 180);
    QString numberText = QString::number(number);
    if (r.chance(0.05))
        numberText += QStringLiteral(" bis");
    s.line = numberText + u' ' + pickFrom(r, DemoCatalog::streets);
    s.postcode = pickPostcode(r, city);
    s.city = utf8(city.name);
    s.catalogCity = &city;
    return s;
}

Person pickPerson(DemoRandom& r, bool allowCouple)
{
    Person p;
    const int kind = r.below(100);
    const bool male = kind < 46 || (allowCouple && kind >= 86);
    p.civility = kind < 46 ? QStringLiteral("M.")
                           : (allowCouple && kind >= 86 ? QStringLiteral("M. et Mme")
                                                        : QStringLiteral("Mme"));
    p.first = male ? pickFrom(r, DemoCatalog::maleFirstNames)
                   : pickFrom(r, DemoCatalog::femaleFirstNames);
    p.last = pickFrom(r, DemoCatalog::lastNames);
    return p;
}

QString pickEmail(DemoRandom& r, const QString& first, const QString& last)
{
    QString local;
    switch (r.below(4)) {
    case 0:
        local = mailPart(first) + u'.' + mailPart(last);
        break;
    case 1:
        local = mailPart(first).left(1) + mailPart(last);
        break;
    case 2:
        local = mailPart(first) + u'.' + mailPart(last) + QString::number(r.between(1, 99));
        break;
    default:
        local = mailPart(last) + u'.' + mailPart(first);
        break;
    }
    return local + u'@' + pickFrom(r, DemoCatalog::emailDomains);
}

} // namespace DemoPeople
