#include "ArticlesPanel.h"

#include "document/ArticleListModel.h"
#include "document/Selection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline {

ArticlesPanel::ArticlesPanel(Document &document, Selection &selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_table(new QTableView(this)),
      m_message(new QLabel(this))
{
    // The table's editor commits as the table goes: the model and the message outlive it.
    m_model = new ArticleListModel(document, m_table);
    m_table->setObjectName(QStringLiteral("articlesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title,
                                                      QHeaderView::Stretch);
    m_message->setObjectName(QStringLiteral("articlesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a00000"));
    m_message->hide();

    auto *showSelected = new QPushButton(tr("Show Only Selected"), this);
    showSelected->setObjectName(QStringLiteral("showOnlySelected"));
    auto *showAll = new QPushButton(tr("Show All"), this);
    showAll->setObjectName(QStringLiteral("showAllArticles"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(showSelected);
    buttons->addWidget(showAll);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(showSelected, &QPushButton::clicked, this, &ArticlesPanel::showOnlySelected);
    connect(showAll, &QPushButton::clicked, m_model, &ArticleListModel::showAll);
    connect(m_model, &ArticleListModel::refused, m_message, [this](const QString &why) {
        m_message->setText(why);
        m_message->show();
    });
    connect(m_model, &ArticleListModel::dataChanged, m_message, &QLabel::hide);
    connect(m_table, &QTableView::clicked, this,
            [this](const QModelIndex &index) { goToArticle(index.row()); });
}

QString ArticlesPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ArticlesPanel::showOnlySelected()
{
    QList<int> articles;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        articles << row.row();
    if (!articles.isEmpty())
        m_model->showOnly(articles);
}

// The source panel shows the article's first sentence; the map, the places it names there.
void ArticlesPanel::goToArticle(int article)
{
    m_selection.selectSentence({article, 0});
}

} // namespace frontline
