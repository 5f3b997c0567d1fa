#include "PrintQueue.h"

#include <QFile>

#include <algorithm>

// libcups (Debian libcups2-dev) rather than code of our own: it is the
// library Qt's own print plugin uses (a QPrinter job on Linux is a PDF that
// Qt hands to cupsPrintFile), it honours CUPS_SERVER, lpoptions and printer
// instances, and CUPS's filters turn the PDF into whatever the printer
// speaks. Running `lp` instead would add a process, its exit codes and its
// English messages to parse; QPrinter would pull Qt Widgets into the
// command line.
#include <cups/cups.h>

namespace {

// A "queue/instance" name split as CUPS wants it.
struct QueueName
{
    QByteArray queue;
    QByteArray instance;
};

QueueName split(const QString& name)
{
    const qsizetype slash = name.indexOf(u'/');
    if (slash < 0)
        return {name.toUtf8(), {}};
    return {name.left(slash).toUtf8(), name.mid(slash + 1).toUtf8()};
}

} // namespace

QStringList PrintQueue::printerNames()
{
    cups_dest_t* dests = nullptr;
    const int count = cupsGetDests2(CUPS_HTTP_DEFAULT, &dests);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        QString name = QString::fromUtf8(dests[i].name);
        if (dests[i].instance)
            name += u'/' + QString::fromUtf8(dests[i].instance);
        names << name;
    }
    cupsFreeDests(count, dests);
    return names;
}

Status PrintQueue::print(const QString& pdfPath, const PrintJob& job)
{
    const QueueName name = split(job.printer);
    cups_dest_t* dest =
        cupsGetNamedDest(CUPS_HTTP_DEFAULT, name.queue.constData(),
                         name.instance.isEmpty() ? nullptr : name.instance.constData());
    if (!dest)
        return Status::failure(
            tr("There is no printer named « %1 »: check its name in the printer settings.")
                .arg(job.printer));
    // The instance's saved options first (lpoptions), then what was asked
    // for this job, which wins.
    int count = 0;
    cups_option_t* options = nullptr;
    for (int i = 0; i < dest->num_options; ++i)
        count = cupsAddOption(dest->options[i].name, dest->options[i].value, count, &options);
    cupsFreeDests(1, dest);
    count = cupsAddOption("copies", QByteArray::number(std::max(1, job.copies)).constData(), count,
                          &options);
    count =
        cupsAddOption("sides", job.duplex ? "two-sided-long-edge" : "one-sided", count, &options);
    if (!job.media.isEmpty())
        count = cupsAddOption("media", job.media.toUtf8().constData(), count, &options);
    const int jobId = cupsPrintFile2(CUPS_HTTP_DEFAULT, name.queue.constData(),
                                     QFile::encodeName(pdfPath).constData(),
                                     job.title.toUtf8().constData(), count, options);
    cupsFreeOptions(count, options);
    if (jobId == 0)
        return Status::failure(tr("The printer « %1 » refused the letters (%2): check that it is "
                                  "switched on and accepts jobs, or choose another printer.")
                                   .arg(job.printer, QString::fromUtf8(cupsLastErrorString())));
    return {};
}
