#pragma once

#include "reminders/HistoryDetail.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class HistoryFilterProxy;
class HistoryTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The reminders issued, as a table with search and filters, and the button
// that opens a letter's PDF. It shows what it is given (the History page
// gives the whole agency, the account form one account) and reads nothing.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    // How a PDF is opened; tests replace it so that nothing is launched.
    using UrlOpener = std::function<bool(const QUrl&)>;

    // settingsKey: where the column layout is remembered (QSettings).
    explicit HistoryView(const QString& settingsKey, QWidget* parent = nullptr);
    ~HistoryView() override;

    void setDetails(QList<HistoryDetail> details);
    // The account form shows one account: the account filter would be noise.
    void setAccountFilterVisible(bool visible);

    HistoryTableModel* model() const { return m_model; }
    HistoryFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // The reminder of the current row (0 when none).
    qint64 currentReminderId() const;
    void selectReminder(qint64 reminderId);

    static void setUrlOpener(UrlOpener opener);

    void saveViewState() const;
    void restoreViewState();

public slots:
    // Opens the current reminder's letter (a menu when it has several).
    void openLetter();
    // Opens one PDF, or says why it cannot.
    void openLetterFile(const QString& path);

private:
    void fillFilterChoices();
    void applyDateRange();
    void updateCount();
    void updateButtons();

    QString m_settingsKey;
    HistoryTableModel* m_model = nullptr;
    HistoryFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_level = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_state = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_count = nullptr;
};
