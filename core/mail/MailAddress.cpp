#include "MailAddress.h"

#include "util/EmailAddress.h"

#include <QRegularExpression>

namespace {

bool isPrintableAscii(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// Encoded words of at most 75 characters: cut the UTF-8 bytes only between
// characters, so that every word decodes on its own (RFC 2047 §5).
QList<QByteArray> encodedWords(const QString& text)
{
    QList<QByteArray> words;
    const QByteArray prefix = "=?UTF-8?B?";
    const QByteArray suffix = "?=";
    // 75 - 12 = 63 characters of base64 → at most 45 bytes of UTF-8.
    constexpr int maxBytes = 45;
    QByteArray chunk;
    for (int i = 0; i < text.size(); ++i) {
        QString ch(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch += text.at(++i);
        const QByteArray bytes = ch.toUtf8();
        if (chunk.size() + bytes.size() > maxBytes) {
            words << prefix + chunk.toBase64() + suffix;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        words << prefix + chunk.toBase64() + suffix;
    return words;
}

} // namespace

bool MailAddress::isValid(const QString& address)
{
    return EmailAddress::isValid(address);
}

QStringList MailAddress::splitList(const QString& list)
{
    return EmailAddress::splitList(list);
}

bool MailAddress::hasLineBreakOrControl(const QString& value)
{
    for (QChar c : value)
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    return false;
}

QByteArray MailAddress::mailbox(const QString& name, const QString& address)
{
    const QByteArray addr = "<" + address.toLatin1() + ">";
    const QString n = name.trimmed();
    if (n.isEmpty())
        return addr;
    if (isPrintableAscii(n)) {
        static const QRegularExpression atom(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"));
        if (atom.match(n).hasMatch())
            return n.toLatin1() + " " + addr;
        QByteArray quoted = n.toLatin1();
        quoted.replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + quoted + "\" " + addr;
    }
    return encodedWords(n).join(' ') + " " + addr;
}

QByteArray MailAddress::encodeText(const QString& text)
{
    if (isPrintableAscii(text))
        return text.toLatin1();
    // Adjacent encoded words separated by folding white space decode as one
    // text with no space between them.
    return encodedWords(text).join("\r\n ");
}

QString MailAddress::asciiFileName(const QString& name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        const ushort u = c.unicode();
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
            u == '.' || u == '-' || u == '_')
            out += c;
        else if (c == u' ' || c == u'/')
            out += u'-';
    }
    return out.isEmpty() ? QStringLiteral("letter.pdf") : out;
}

QString MailAddress::domainOf(const QString& address)
{
    const int at = address.lastIndexOf(u'@');
    return at < 0 ? QStringLiteral("relance.invalid") : address.mid(at + 1);
}
