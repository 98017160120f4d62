-- Demo product file of 上海天纵机电设备有限公司: industrial motors, pumps, drives and spare parts.
-- Loaded once into the demo tenant (its own history table); prices without VAT, in CNY.

insert into product_category (code, name, parent_id, path, sort_order) values
    ('MOTOR',   '电机',     null, '电机',     10),
    ('PUMP',    '泵阀',     null, '泵阀',     20),
    ('CONTROL', '电气控制', null, '电气控制', 30),
    ('PARTS',   '配件耗材', null, '配件耗材', 40);

insert into product_category (code, name, parent_id, path, sort_order) values
    ('MOTOR_AC',    '三相异步电机', (select id from product_category where code = 'MOTOR'),   '电机 / 三相异步电机',   10),
    ('MOTOR_SERVO', '伺服电机',     (select id from product_category where code = 'MOTOR'),   '电机 / 伺服电机',       20),
    ('PUMP_CENTRI', '离心泵',       (select id from product_category where code = 'PUMP'),    '泵阀 / 离心泵',         10),
    ('PUMP_VALVE',  '阀门',         (select id from product_category where code = 'PUMP'),    '泵阀 / 阀门',           20),
    ('CTRL_VFD',    '变频器',       (select id from product_category where code = 'CONTROL'), '电气控制 / 变频器',     10),
    ('CTRL_PLC',    'PLC 控制器',   (select id from product_category where code = 'CONTROL'), '电气控制 / PLC 控制器', 20);

insert into product (code, name, spec, category_id, unit, list_price, cost, tax_rate, barcode, stock_on_hand, warranty_months) values
    ('YE3-132M-4',    'YE3 超高效三相异步电机 7.5kW',  'YE3-132M-4 7.5kW 4极 B3 380V',     (select id from product_category where code = 'MOTOR_AC'),    'UNIT',  3680.00,  2790.00, 13.00, '6901234567892',  46.000, 24),
    ('YE3-160M-4',    'YE3 超高效三相异步电机 11kW',   'YE3-160M-4 11kW 4极 B3 380V',      (select id from product_category where code = 'MOTOR_AC'),    'UNIT',  5150.00,  3920.00, 13.00, '6901234567908',  28.000, 24),
    ('YE3-200L-4',    'YE3 超高效三相异步电机 30kW',   'YE3-200L-4 30kW 4极 B35 380V',     (select id from product_category where code = 'MOTOR_AC'),    'UNIT', 12800.00,  9850.00, 13.00, null,              9.000, 24),
    ('SM-130-10',     '交流伺服电机 1.0kW',            '130ST-M04025 1.0kW 2500rpm 带刹车', (select id from product_category where code = 'MOTOR_SERVO'), 'SET',   2460.00,  1720.00, 13.00, null,             35.000, 18),
    ('SM-180-30',     '交流伺服电机 3.0kW',            '180ST-M19015 3.0kW 1500rpm',        (select id from product_category where code = 'MOTOR_SERVO'), 'SET',   5980.00,  4310.00, 13.00, null,             12.000, 18),
    ('ISG65-160',     'ISG 立式管道离心泵',            'ISG65-160 4kW 流量25m³/h 扬程32m',  (select id from product_category where code = 'PUMP_CENTRI'), 'UNIT',  2890.00,  2080.00, 13.00, null,             17.000, 12),
    ('IS80-65-160',   'IS 单级单吸清水离心泵',         'IS80-65-160 7.5kW 流量50m³/h',      (select id from product_category where code = 'PUMP_CENTRI'), 'UNIT',  3450.00,  2540.00, 13.00, null,              8.000, 12),
    ('Q41F-16C-DN50', '铸钢球阀 DN50',                 'Q41F-16C DN50 PN16 法兰连接',       (select id from product_category where code = 'PUMP_VALVE'),  'PIECE',  468.00,   315.00, 13.00, null,            120.000, 12),
    ('VFD-G7-7R5',    '通用型变频器 7.5kW',            'G7 系列 7.5kW 380V 矢量控制',       (select id from product_category where code = 'CTRL_VFD'),    'UNIT',  2980.00,  2150.00, 13.00, '6901234567915',  40.000, 18),
    ('VFD-G7-022',    '通用型变频器 22kW',             'G7 系列 22kW 380V 矢量控制',        (select id from product_category where code = 'CTRL_VFD'),    'UNIT',  6860.00,  5020.00, 13.00, null,             14.000, 18),
    ('PLC-S200-CPU',  '小型 PLC 主机 24 点',           '14 入 10 出 继电器输出 以太网口',   (select id from product_category where code = 'CTRL_PLC'),    'UNIT',  1880.00,  1290.00, 13.00, null,             25.000, 12),
    ('BRG-6308-2RS',  '深沟球轴承 6308-2RS',           '内径40 外径90 宽23 双面密封',       (select id from product_category where code = 'PARTS'),       'PIECE',   86.50,    52.30, 13.00, null,            600.000,  6),
    ('SEAL-MG1-35',   '机械密封 MG1-35',               '轴径35mm 碳化硅/石墨 氟橡胶',      (select id from product_category where code = 'PARTS'),       'SET',    158.00,    92.00, 13.00, null,            180.000,  6),
    ('SVC-INSTALL',   '现场安装调试服务',              '按人·天计，含差旅',                 null,                                                         'ITEM',  1200.00,     null,  6.00, null,              0.000,  0);

-- the price every demo product starts with
insert into product_price_change (product_id, list_price, cost, changed_at, changed_by)
select id, list_price, cost, created_at, 'admin' from product;
