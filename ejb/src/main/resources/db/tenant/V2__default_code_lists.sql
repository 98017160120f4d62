-- Default code lists every new tenant starts with (tenants may add, rename or deactivate items later).
-- Codes are stable UPPER_SNAKE identifiers; the labels are what users see, in zh_CN, zh_TW and en.

-- 客户类型
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('CUSTOMER_TYPE', 'ENTERPRISE',         '企业客户', '企業客戶', 'Enterprise Customer', 10),
    ('CUSTOMER_TYPE', 'DISTRIBUTOR',        '经销商',   '經銷商',   'Distributor',         20),
    ('CUSTOMER_TYPE', 'AGENT',              '代理商',   '代理商',   'Agent',               30),
    ('CUSTOMER_TYPE', 'END_USER',           '终端客户', '終端客戶', 'End User',            40),
    ('CUSTOMER_TYPE', 'GOVERNMENT',         '政府机构', '政府機構', 'Government Agency',   50),
    ('CUSTOMER_TYPE', 'PUBLIC_INSTITUTION', '事业单位', '事業單位', 'Public Institution',  60),
    ('CUSTOMER_TYPE', 'INDIVIDUAL',         '个人客户', '個人客戶', 'Individual Customer', 70),
    ('CUSTOMER_TYPE', 'PARTNER',            '合作伙伴', '合作夥伴', 'Partner',             80);

-- 行业
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('INDUSTRY', 'MANUFACTURING',       '制造业',       '製造業',       'Manufacturing',                  10),
    ('INDUSTRY', 'WHOLESALE_RETAIL',    '批发零售',     '批發零售',     'Wholesale & Retail',             20),
    ('INDUSTRY', 'CONSTRUCTION',        '建筑工程',     '建築工程',     'Construction & Engineering',     30),
    ('INDUSTRY', 'HEALTHCARE',          '医疗卫生',     '醫療衛生',     'Healthcare',                     40),
    ('INDUSTRY', 'EDUCATION',           '教育',         '教育',         'Education',                      50),
    ('INDUSTRY', 'IT',                  '信息技术',     '資訊科技',     'Information Technology',         60),
    ('INDUSTRY', 'FINANCE',             '金融',         '金融',         'Finance',                        70),
    ('INDUSTRY', 'TRANSPORT_LOGISTICS', '交通物流',     '交通物流',     'Transportation & Logistics',     80),
    ('INDUSTRY', 'ENERGY_CHEMICAL',     '能源化工',     '能源化工',     'Energy & Chemicals',             90),
    ('INDUSTRY', 'FOOD_BEVERAGE',       '食品饮料',     '食品飲料',     'Food & Beverage',               100),
    ('INDUSTRY', 'AGRICULTURE',         '农业',         '農業',         'Agriculture',                   110),
    ('INDUSTRY', 'PUBLIC_UTILITIES',    '政府公共事业', '政府公共事業', 'Government & Public Utilities', 120),
    ('INDUSTRY', 'REAL_ESTATE',         '房地产',       '房地產',       'Real Estate',                   130),
    ('INDUSTRY', 'AUTOMOTIVE',          '汽车',         '汽車',         'Automotive',                    140),
    ('INDUSTRY', 'OTHER',               '其他',         '其他',         'Other',                         990);

-- 区域
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('REGION', 'NORTH_CHINA',     '华北',   '華北',   'North China',                10),
    ('REGION', 'EAST_CHINA',      '华东',   '華東',   'East China',                 20),
    ('REGION', 'SOUTH_CHINA',     '华南',   '華南',   'South China',                30),
    ('REGION', 'CENTRAL_CHINA',   '华中',   '華中',   'Central China',              40),
    ('REGION', 'SOUTHWEST',       '西南',   '西南',   'Southwest China',            50),
    ('REGION', 'NORTHWEST',       '西北',   '西北',   'Northwest China',            60),
    ('REGION', 'NORTHEAST',       '东北',   '東北',   'Northeast China',            70),
    ('REGION', 'HK_MACAO_TAIWAN', '港澳台', '港澳臺', 'Hong Kong, Macao & Taiwan',  80),
    ('REGION', 'OVERSEAS',        '海外',   '海外',   'Overseas',                   90);

-- 联系方式 / 跟进类型
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('INTERACTION_TYPE', 'ONSITE_VISIT',       '上门拜访', '上門拜訪', 'On-site Visit',      10),
    ('INTERACTION_TYPE', 'PHONE_CALL',         '电话沟通', '電話溝通', 'Phone Call',         20),
    ('INTERACTION_TYPE', 'WECHAT',             '微信沟通', '微信溝通', 'WeChat',             30),
    ('INTERACTION_TYPE', 'EMAIL',              '邮件',     '郵件',     'Email',              40),
    ('INTERACTION_TYPE', 'TRADE_SHOW',         '展会',     '展會',     'Trade Show',         50),
    ('INTERACTION_TYPE', 'BUSINESS_DINNER',    '宴请',     '宴請',     'Business Dinner',    60),
    ('INTERACTION_TYPE', 'TECHNICAL_EXCHANGE', '技术交流', '技術交流', 'Technical Exchange', 70);

-- 付款条件
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('PAYMENT_TERMS', 'PAYMENT_BEFORE_DELIVERY', '款到发货', '款到發貨', 'Payment Before Delivery', 10),
    ('PAYMENT_TERMS', 'CASH_ON_DELIVERY',        '货到付款', '貨到付款', 'Cash on Delivery',        20),
    ('PAYMENT_TERMS', 'NET_30',                  '月结30天', '月結30天', 'Net 30 Days',             30),
    ('PAYMENT_TERMS', 'NET_60',                  '月结60天', '月結60天', 'Net 60 Days',             40),
    ('PAYMENT_TERMS', 'NET_90',                  '月结90天', '月結90天', 'Net 90 Days',             50),
    ('PAYMENT_TERMS', 'INSTALLMENT',             '分期付款', '分期付款', 'Installment Payment',     60);

-- 计量单位 (zh_TW uses the Taiwan terms 公斤 / 公尺 / 公噸)
insert into code_item (list_code, code, name_zh_cn, name_zh_tw, name_en, sort_order) values
    ('UNIT', 'PIECE', '个',   '個',   'Piece',    10),
    ('UNIT', 'UNIT',  '台',   '台',   'Unit',     20),
    ('UNIT', 'SET',   '套',   '套',   'Set',      30),
    ('UNIT', 'ITEM',  '件',   '件',   'Item',     40),
    ('UNIT', 'BOX',   '箱',   '箱',   'Box',      50),
    ('UNIT', 'KG',    '千克', '公斤', 'Kilogram', 60),
    ('UNIT', 'METER', '米',   '公尺', 'Meter',    70),
    ('UNIT', 'TON',   '吨',   '公噸', 'Ton',      80),
    ('UNIT', 'BATCH', '批',   '批',   'Batch',    90);
