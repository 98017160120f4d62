-- Demo positions (职务职能) and salesperson files (业务员档案) of 上海天纵机电设备有限公司.

insert into sales_position (code, name, grade, reports_to_id, description, duties, authority, requirements,
                            competency_model, training_plan, assessment_plan) values
    ('SD', '销售总监', 'G6', null,
     '全面负责公司销售工作，制定销售战略并带领各区域销售部完成年度销售与回款目标。',
     E'1. 制定年度销售目标、费用预算与区域划分；\n2. 审批重大合同、特价与信用额度调整；\n3. 组织季度经营分析会，跟踪目标达成；\n4. 选拔、培养和考核销售经理。',
     E'1. 单笔 50 万元以内合同审批权；\n2. 部门费用预算内的支出审批权；\n3. 销售经理的任免建议权。',
     E'本科及以上学历，市场营销或工科背景；\n8 年以上工业品销售经验，其中 3 年以上团队管理经验。',
     E'战略规划、团队领导、大客户谈判、财务意识',
     E'每年参加一次高级管理研修；每季度组织一次销售案例复盘。',
     E'年度考核：销售额达成率 40%，回款率 30%，毛利率 20%，团队建设 10%。'),
    ('RSM', '区域销售经理', 'G5', null,
     '负责所辖区域的客户开发、销售目标分解与团队日常管理。',
     E'1. 将区域目标分解到每位业务员并按月跟踪；\n2. 陪同拜访重点客户，推进重大商机；\n3. 审核报价、订单与费用报销；\n4. 辅导业务员，完成月度考核评分。',
     E'1. 单笔 20 万元以内合同审批权；\n2. 标准价 5% 以内的折扣审批权；\n3. 本区域业务员费用报销审核权。',
     E'大专及以上学历；5 年以上机电产品销售经验，2 年以上带团队经验。',
     E'目标管理、辅导下属、商务谈判、客户关系管理',
     E'入职三个月内完成《销售管理实务》课程；每年参加两次产品技术培训。',
     E'月度考核：区域销售额达成率 50%，回款率 30%，拜访计划执行率 20%。'),
    ('SR', '销售代表', 'G2', null,
     '负责所分配客户的开发与维护，完成个人销售与回款目标。',
     E'1. 按拜访计划走访客户，及时录入拜访记录；\n2. 挖掘需求、制作报价并跟进成交；\n3. 跟踪发货、开票与回款；\n4. 收集市场与竞争对手信息。',
     E'1. 标准价格以内报价权；\n2. 日常拜访费用在定额内自行支配。',
     E'大专及以上学历，机电、自动化相关专业优先；1 年以上销售经验，持有驾照。',
     E'客户开发、需求分析、产品知识、沟通表达、执行力',
     E'入职培训 3 天；产品知识培训每季度一次；销售技巧培训每年两次。',
     E'月度考核：销售额达成率 50%，回款率 25%，日均拜访次数 15%，客户满意度 10%。');

update sales_position set reports_to_id = (select id from sales_position where code = 'SD') where code = 'RSM';
update sales_position set reports_to_id = (select id from sales_position where code = 'RSM') where code = 'SR';

insert into sales_rep (employee_no, name, gender, birth_date, mobile, email, owner_id, department_id, position_id,
                       grade, hire_date, status, education, address) values
    ('TZ0008', '赵志强', 'M', '1979-03-12', '13901856274', 'zhaozhiqiang@tianzong-demo.cn',
     (select id from user_account where username = 'zhaozhiqiang'), (select id from department where code = 'SALES'),
     (select id from sales_position where code = 'SD'), 'G6', '2012-04-01', 'ACTIVE', 'BACHELOR', '上海市闵行区莘庄镇七莘路 1885 弄'),
    ('TZ0015', '李建国', 'M', '1983-09-27', '13764218350', 'lijianguo@tianzong-demo.cn',
     (select id from user_account where username = 'manager'), (select id from department where code = 'SALES_EAST1'),
     (select id from sales_position where code = 'RSM'), 'G5', '2014-07-15', 'ACTIVE', 'BACHELOR', '上海市浦东新区张杨路 2389 号'),
    ('TZ0031', '张伟', 'M', '1990-05-18', '13812345678', 'zhangwei@tianzong-demo.cn',
     (select id from user_account where username = 'zhangwei'), (select id from department where code = 'SALES_EAST1'),
     (select id from sales_position where code = 'SR'), 'G3', '2017-03-06', 'ACTIVE', 'COLLEGE', '上海市宝山区友谊路 1518 弄'),
    ('TZ0042', '周敏', 'F', '1992-11-02', '15021768843', 'zhoumin@tianzong-demo.cn',
     (select id from user_account where username = 'zhoumin'), (select id from department where code = 'SALES_EAST2'),
     (select id from sales_position where code = 'SR'), 'G2', '2019-08-19', 'ACTIVE', 'BACHELOR', '江苏省苏州市工业园区星湖街 328 号'),
    ('TZ0057', '王芳', 'F', '1994-02-14', '13922871046', 'wangfang@tianzong-demo.cn',
     (select id from user_account where username = 'wangfang'), (select id from department where code = 'SALES_SOUTH'),
     (select id from sales_position where code = 'SR'), 'G2', '2021-02-22', 'ACTIVE', 'BACHELOR', '广东省广州市天河区天河北路 233 号'),
    ('TZ0063', '孙磊', 'M', '1996-07-30', '18610459327', 'sunlei@tianzong-demo.cn',
     (select id from user_account where username = 'sunlei'), (select id from department where code = 'SALES_NORTH'),
     (select id from sales_position where code = 'SR'), 'G1', '2026-09-01', 'PROBATION', 'COLLEGE', '北京市朝阳区望京街 10 号');
