#include "DemoFecWriter.h"

#include "DemoAgency.h"

#include <QFile>
#include <QHash>

namespace {

QByteArray fecDate(const QDate& d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

QByteArray fecAmount(qint64 cents)
{
    return QByteArray::number(cents / 100) + ',' +
           QByteArray::number(cents % 100).rightJustified(2, '0');
}

// A, B, ..., Z, AA, AB...: lettrage codes as accounting programs write them.
QByteArray code(int n)
{
    QByteArray out;
    for (++n; n > 0; n = (n - 1) / 26)
        out.prepend(char('A' + (n - 1) % 26));
    return out;
}

} // namespace

Result<qint64> DemoFecWriter::write(const DemoAgency& demo, const QString& path)
{
    using R = Result<qint64>;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return R::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QByteArray out = "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|"
                     "CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|"
                     "EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\r\n";
    qint64 lines = 0;
    QHash<QByteArray, qint64> numbers; // the next EcritureNum of each journal
    for (int i = 0; i < demo.accountCount(); ++i) {
        const DemoTenancy t = demo.tenancy(i);
        const QList<LedgerEntry> ledger = demo.ledger(t);
        // The debits some credit names, with their code and lettering date.
        QHash<QString, QPair<QByteArray, QDate>> letters;
        for (const LedgerEntry& e : ledger)
            if (!e.matches.isEmpty()) {
                auto& l = letters[e.matches];
                if (l.first.isEmpty())
                    l.first = code(int(letters.size()) - 1);
                l.second = qMax(l.second, e.date);
            }
        const QByteArray aux = t.account.ref.toUtf8();
        const QByteArray auxName = t.account.name.toUtf8();
        for (const LedgerEntry& e : ledger) {
            const bool debit = e.side == Side::Debit;
            QByteArray journal, journalLabel, other, otherLabel;
            if (e.kind == EntryKind::CreditNote) {
                journal = "AV", journalLabel = "Avoirs", other = "165000",
                otherLabel = "Dépôts et cautionnements reçus";
            } else if (debit && e.kind != EntryKind::PaymentReversal) {
                journal = "LOY", journalLabel = "Appels de loyers", other = "706000",
                otherLabel = "Loyers";
            } else {
                journal = "BQ", journalLabel = "Banque", other = "512000", otherLabel = "Banque";
            }
            const QByteArray number = QByteArray::number(++numbers[journal]);
            const auto letter = letters.constFind(debit ? e.entryRef : e.matches);
            const QByteArray let = letter != letters.constEnd() ? letter->first : QByteArray();
            const QByteArray dateLet =
                letter != letters.constEnd() ? fecDate(letter->second) : QByteArray();
            const QByteArray date = fecDate(e.date);
            const QByteArray amount = fecAmount(e.amount.cents());
            const QByteArray zero = "0,00";
            const QByteArray head = journal + '|' + journalLabel + '|' + number + '|' + date + '|';
            const QByteArray tail = '|' + e.entryRef.toUtf8() + '|' +
                                    (debit ? fecDate(e.dueDate) : QByteArray()) + '|' +
                                    e.label.toUtf8() + '|';
            out += head + "411000|Locataires|" + aux + '|' + auxName + tail +
                   (debit ? amount + '|' + zero : zero + '|' + amount) + '|' + let + '|' + dateLet +
                   '|' + date + "||\r\n";
            out += head + other + '|' + otherLabel + "||" + tail +
                   (debit ? zero + '|' + amount : amount + '|' + zero) + "|||" + date + "||\r\n";
            lines += 2;
        }
        if (out.size() >= (1 << 20)) {
            if (file.write(out) != out.size())
                return R::failure(tr("Cannot write the FEC: the disk may be full."));
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return R::failure(tr("Cannot write the FEC: the disk may be full."));
    return lines;
}
