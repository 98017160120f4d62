-- Demo customer grades, contacts, interactions, service, warranties and a complaint of
-- 上海天纵机电设备有限公司, so the customer 360 view and the due-visit list have something real to show. Dates are
-- relative to the day the demo company is made: some visits are overdue, some coming up.

update customer set grade = case
        when credit_limit >= 1000000 then 'A'
        when credit_limit >= 500000 then 'B'
        when credit_limit >= 300000 then 'C'
        else 'D' end,
    source = case (id % 4) when 0 then 'REFERRAL' when 1 then 'TRADE_SHOW' when 2 then 'COLD_CALL' else 'WEBSITE' end,
    payment_terms = case when customer_type in ('GOVERNMENT', 'PUBLIC_INSTITUTION') then 'INSTALLMENT' else 'NET_30' end;

insert into contact (customer_id, owner_id, department_id, name, title, contact_role, mobile, phone, email, birthday, preferences, primary_contact)
select c.id, c.owner_id, c.department_id, v.name, v.title, v.contact_role, v.mobile, v.phone, v.email, v.birthday, v.preferences, v.primary_contact
from (values
    ('C2026001', '顾建华', '采购部经理', 'PURCHASER',      '13962158873', '0512-66881235', 'gujianhua@hengda-jm.cn',   date '1978-04-16', '喜欢喝龙井；周三下午不安排会议', true),
    ('C2026001', '沈立',   '设备科长',   'TECHNICAL',      '13771855204', null,            'shenli@hengda-jm.cn',      date '1985-09-02', '关注设备能耗与售后响应速度',     false),
    ('C2026001', '钱国平', '总经理',     'DECISION_MAKER', '13906131178', '0512-66881200', null,                       date '1966-12-08', '爱打高尔夫',                     false),
    ('C2026002', '陆晓燕', '采购主管',   'PURCHASER',      '15850013926', '0512-57821537', 'luxiaoyan@dingsheng-dz.cn', date '1988-07-21', '',                              true),
    ('C2026003', '蒋文斌', '厂长',       'DECISION_MAKER', '13801521668', null,            null,                       date '1971-03-30', '注重性价比',                     true),
    ('C2026006', '周海涛', '生产总监',   'INFLUENCER',     '13915088420', '0519-86321548', 'zhouhaitao@jinhe-auto.cn', null,              '',                              true),
    ('C2026011', '张敏',   '采购总监',   'DECISION_MAKER', '13817726531', '021-64309822',  'zhangmin@pujiang-hi.com',  date '1975-10-11', '看重交期，喜欢书面方案',         true),
    ('C2026015', '王磊',   '总经理',     'DECISION_MAKER', '13965021784', null,            'wanglei@zhiyuan-auto.cn',  null,              '',                              true)
) as v (customer_code, name, title, contact_role, mobile, phone, email, birthday, preferences, primary_contact)
join customer c on c.code = v.customer_code;

insert into interaction (customer_id, contact_id, owner_id, department_id, performed_by_id, kind, interaction_date, participants, content, cost, next_step)
select c.id, (select id from contact where customer_id = c.id and name = v.contact_name), c.owner_id, c.department_id,
       (select id from user_account where username = v.performer), v.kind, current_date - v.days_ago, v.participants, v.content, v.cost, v.next_step
from (values
    ('C2026001', '顾建华', 'zhangwei', 'ONSITE_VISIT', 10, '张伟、顾建华、沈立', '上门介绍新款数控折弯机，客户计划明年一季度更新两条产线。', 320.00, '两周内提交设备选型方案'),
    ('C2026001', '沈立',   'zhangwei', 'PHONE_CALL',    4, null,                 '电话确认产线尺寸与供电参数。',                               0.00,   '补充能耗对比数据'),
    ('C2026002', '陆晓燕', 'zhangwei', 'ONSITE_VISIT', 12, '张伟、陆晓燕',       '年度框架协议续签沟通，客户希望账期延长到60天。',             180.00, '请示李经理账期政策'),
    ('C2026003', '蒋文斌', 'zhangwei', 'ONSITE_VISIT',  2, '张伟、蒋文斌',       '回访上月交付的设备运行情况，客户满意。',                     150.00, null),
    ('C2026006', '周海涛', 'zhangwei', 'TECHNICAL_EXCHANGE', 20, '张伟、技术部王工、周海涛', '焊接机器人技术交流会。',                          860.00, '安排样机试用'),
    ('C2026011', '张敏',   'manager',  'BUSINESS_DINNER',    6, '李建国、张敏',     '商务宴请，沟通年度采购计划。',                               1280.00, '准备年度报价'),
    ('C2026011', '张敏',   'manager',  'ONSITE_VISIT',      16, '李建国、张敏',     '拜访浦江重工采购部，了解二期扩建进度。',                     260.00, null),
    ('C2026015', '王磊',   'zhoumin',  'ONSITE_VISIT',      40, '周敏、王磊',       '首次拜访，介绍公司与代理政策。',                             420.00, '寄送代理协议样本')
) as v (customer_code, contact_name, performer, kind, days_ago, participants, content, cost, next_step)
join customer c on c.code = v.customer_code;

insert into warranty (customer_id, owner_id, department_id, product_id, serial_no, start_date, months, expiry_date, note)
select c.id, c.owner_id, c.department_id, p.id, v.serial_no, current_date - v.days_ago,
       coalesce(nullif(p.warranty_months, 0), 12),
       cast(current_date - v.days_ago + coalesce(nullif(p.warranty_months, 0), 12) * interval '1 month' - interval '1 day' as date), v.note
from (values
    ('C2026001', 'YE3-200L-4', 'YE3200L-2025-08812', 200, '2号产线主电机'),
    ('C2026001', 'SM-180-30',  'SM18030-2025-01177', 200, null),
    ('C2026006', 'YE3-160M-4', 'YE3160M-2024-22410', 400, '焊装线风机')
) as v (customer_code, product_code, serial_no, days_ago, note)
join customer c on c.code = v.customer_code
join product p on p.code = v.product_code;

insert into service_request (customer_id, owner_id, department_id, contact_id, subject, description, channel, priority, status,
                             request_date, due_date, assignee_id, resolved_date, resolution)
select c.id, c.owner_id, c.department_id, (select id from contact where customer_id = c.id and name = v.contact_name),
       v.subject, v.description, v.channel, v.priority, v.status, current_date - v.days_ago, current_date - v.days_ago + 3,
       (select id from user_account where username = 'zhangwei'),
       case when v.status in ('RESOLVED', 'CLOSED') then current_date - v.days_ago + 1 end, v.resolution
from (values
    ('C2026001', '沈立', '2号产线主电机温升偏高', '运行两小时后外壳温度超过80℃。', 'PHONE', 'HIGH', 'RESOLVED', 15, '清理风道并更换风扇，温升恢复正常。'),
    ('C2026006', '周海涛', '焊装线风机年度保养', '', 'WECHAT', 'NORMAL', 'OPEN', 1, null)
) as v (customer_code, contact_name, subject, description, channel, priority, status, days_ago, resolution)
join customer c on c.code = v.customer_code;

insert into service_record (customer_id, owner_id, department_id, service_request_id, kind, service_date, technician_id, hours, cost, content)
select r.customer_id, r.owner_id, r.department_id, r.id, 'REPAIR', r.request_date + 1,
       (select id from user_account where username = 'zhangwei'), 3.5, 480.00, '上门检查电机，清理风道，更换冷却风扇。'
from service_request r where r.subject = '2号产线主电机温升偏高';

insert into feedback (customer_id, owner_id, department_id, kind, subject, content, received_date, priority, status, handler_id)
select c.id, c.owner_id, c.department_id, 'COMPLAINT', '备件到货晚于承诺', '风扇备件比承诺晚两天到货，影响排产。',
       current_date - 12, 'HIGH', 'IN_PROGRESS', (select id from user_account where username = 'manager')
from customer c where c.code = 'C2026001';

-- 通商五金, a distributor, reports its stock and sales of two products every month
insert into stock_report (customer_id, owner_id, department_id, product_id, period_start, opening_qty, received_qty, sold_qty, closing_qty)
select c.id, c.owner_id, c.department_id, p.id, cast(date_trunc('month', current_date) - v.months_ago * interval '1 month' as date),
       v.opening, v.received, v.sold, v.closing
from (values
    ('YE3-132M-4', 4, 30, 20, 18, 32), ('YE3-132M-4', 3, 32, 10, 22, 20), ('YE3-132M-4', 2, 20, 25, 24, 21), ('YE3-132M-4', 1, 21, 20, 26, 15),
    ('ISG65-160',  4, 12,  6,  5, 13), ('ISG65-160',  3, 13,  0,  4,  9), ('ISG65-160',  2,  9,  6,  3, 12), ('ISG65-160',  1, 12,  0,  2, 10)
) as v (product_code, months_ago, opening, received, sold, closing)
join customer c on c.code = 'C2026010'
join product p on p.code = v.product_code;

-- the dynamic data the system keeps (as CustomerActivity computes it)
update customer c set
    last_interaction_date = (select max(i.interaction_date) from interaction i where i.customer_id = c.id),
    last_visit_date = (select max(i.interaction_date) from interaction i where i.customer_id = c.id and i.kind = 'ONSITE_VISIT');
update customer c set next_visit_due = cast(coalesce(c.last_visit_date, cast(c.created_at at time zone 'Asia/Shanghai' as date))
        + coalesce(c.visit_cycle_days, v.cycle_days) * interval '1 day' as date)
from visit_cycle v where v.grade = c.grade;
