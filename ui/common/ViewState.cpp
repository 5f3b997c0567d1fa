#include "ViewState.h"

#include <QDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStyle>

namespace {
QSettings* s_batch = nullptr; // the open batch, if any (GUI thread only)

void setValue(const QString& key, const QVariant& value)
{
    if (s_batch)
        s_batch->setValue(key, value);
    else
        QSettings().setValue(key, value);
}
} // namespace

ViewState::Batch::Batch()
    : m_owner(s_batch == nullptr) // nested: the outer batch writes
{
    if (m_owner)
        s_batch = new QSettings;
}

ViewState::Batch::~Batch()
{
    if (!m_owner)
        return;
    delete s_batch; // writes the file once
    s_batch = nullptr;
}

QSettings& ViewState::Batch::settings()
{
    return *s_batch;
}

void ViewState::save(const QHeaderView* header, const QString& key)
{
    setValue(key, header->saveState());
}

bool ViewState::restore(QHeaderView* header, const QString& key)
{
    const QByteArray state = QSettings().value(key).toByteArray();
    // restoreState also puts the sort indicator back, and a sorting view
    // sorts again on it.
    return !state.isEmpty() && header->restoreState(state);
}

void ViewState::save(const QSplitter* splitter, const QString& key)
{
    setValue(key, splitter->saveState());
}

bool ViewState::restore(QSplitter* splitter, const QString& key)
{
    const QByteArray state = QSettings().value(key).toByteArray();
    return !state.isEmpty() && splitter->restoreState(state);
}

void ViewState::saveGeometry(const QWidget* window, const QString& key)
{
    setValue(key, window->saveGeometry());
}

bool ViewState::restoreGeometry(QWidget* window, const QString& key)
{
    const QByteArray geometry = QSettings().value(key).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

namespace {
QRect availableFor(const QWidget* window)
{
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen* screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

// The window frame (title bar, borders) comes on top of the size given; it
// is known only once the window is shown, so before that the style's title
// bar and frame stand in for it.
QSize frameExtra(const QWidget* window)
{
    const QSize extra = window->frameGeometry().size() - window->geometry().size();
    if (window->testAttribute(Qt::WA_WState_Created) && !extra.isEmpty())
        return extra;
    const int border = window->style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth);
    const int title = window->style()->pixelMetric(QStyle::PM_TitleBarHeight);
    return QSize(2 * border, title + 2 * border);
}
} // namespace

void ViewState::fitToScreen(QWidget* window, QSize wanted)
{
    const QRect available = availableFor(window);
    if (!available.isValid()) {
        window->resize(wanted);
        return;
    }
    const QSize room = available.size() - frameExtra(window);
    window->resize(wanted.boundedTo(room).expandedTo(window->minimumSize()));
    QRect frame = window->frameGeometry();
    if (!available.contains(frame)) {
        frame.moveLeft(
            qBound(available.left(), frame.left(), available.right() - frame.width() + 1));
        frame.moveTop(
            qBound(available.top(), frame.top(), available.bottom() - frame.height() + 1));
        window->move(frame.topLeft());
    }
}

void ViewState::useMostOfScreen(QWidget* window)
{
    const QRect available = availableFor(window);
    if (!available.isValid())
        return;
    window->resize(available.size() * 9 / 10 - frameExtra(window));
    // Centred as it is: its minimum may be wider than the size asked for.
    const QSize frame = window->size() + frameExtra(window);
    window->move(available.center() - QPoint(frame.width() / 2, frame.height() / 2));
}

void ViewState::remember(QDialog* dialog, const QString& key, QSize defaultSize)
{
    if (restoreGeometry(dialog, key))
        fitToScreen(dialog, dialog->size());
    else if (defaultSize.isValid())
        fitToScreen(dialog, defaultSize);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [dialog, key] { saveGeometry(dialog, key); });
}
