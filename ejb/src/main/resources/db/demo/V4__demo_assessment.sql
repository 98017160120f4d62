-- Demo monthly questionnaire (业务员月度考核表) of 上海天纵机电设备有限公司: new customers against a
-- target of 3 a month, and three qualitative indicators the manager scores.

insert into questionnaire (code, name, period_type, description) values
    ('Q_REP_MONTHLY', '业务员月度考核表', 'MONTH', '适用于各区域销售部业务员的月度考核；新客户开发按系统数据自动计分，其余由直接上级评分。');

insert into questionnaire_item (questionnaire_id, sort_order, quantitative_indicator_id, qualitative_indicator_id, weight, target)
select q.id, v.sort_order,
       (select id from quantitative_indicator where code = v.quantitative),
       (select id from qualitative_indicator where code = v.qualitative),
       v.weight, v.target
from questionnaire q
join (values
    (10, 'KPI_NEW_CUSTOMERS', null,        40.00, 3.00),
    (20, null,                'Q_ATT_01',  20.00, null),
    (30, null,                'Q_SALE_01', 20.00, null),
    (40, null,                'Q_CUST_01', 20.00, null)
) as v (sort_order, quantitative, qualitative, weight, target) on q.code = 'Q_REP_MONTHLY';
