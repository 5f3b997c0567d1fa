#include "FilterChip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

FilterChip::FilterChip(const QString& objectName, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("FilterChip { background: #e8f0fe; border: 1px solid #9bb5e0; "
                                 "border-radius: 10px; }"));
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(objectName + QLatin1String("Remove"));
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setAccessibleName(tr("Remove this filter"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        setText(QString());
        emit removed();
    });
    hide();
}

QString FilterChip::text() const
{
    return m_label->text();
}

void FilterChip::setText(const QString& text)
{
    m_label->setText(text);
    m_remove->setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}
