#include "ViewState.h"

#include <QDialog>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>

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

void ViewState::remember(QDialog* dialog, const QString& key, QSize defaultSize)
{
    if (!restoreGeometry(dialog, key) && defaultSize.isValid())
        dialog->resize(defaultSize);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [dialog, key] { saveGeometry(dialog, key); });
}
