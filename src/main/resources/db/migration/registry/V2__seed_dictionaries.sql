-- 优抚对象类别: the CAM code list (OBJECT.TYPE.PART, rules §1.2). The first digit is the
-- major group (BIGOBJECT.TYPE): 1 伤残, 2 三属, 3 红军, 4 在乡复员/带病回乡, 5 参战, 6 参试.
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('BENEFICIARY_CATEGORY', '11', '残疾军人', 11, true),
    ('BENEFICIARY_CATEGORY', '12', '伤残国家机关工作人员', 12, true),
    ('BENEFICIARY_CATEGORY', '13', '行政编制人民警察', 13, true),
    ('BENEFICIARY_CATEGORY', '14', '伤残民兵民工', 14, true),
    ('BENEFICIARY_CATEGORY', '15', '因战因公伤残人员', 15, true),
    ('BENEFICIARY_CATEGORY', '16', '非行政编制人民警察', 16, true),
    ('BENEFICIARY_CATEGORY', '21', '烈士家属', 21, true),
    ('BENEFICIARY_CATEGORY', '22', '因公牺牲军人家属', 22, true),
    ('BENEFICIARY_CATEGORY', '23', '病故军人家属', 23, true),
    ('BENEFICIARY_CATEGORY', '31', '在乡退伍红军老战士', 31, true),
    ('BENEFICIARY_CATEGORY', '32', '在乡西路军红军老战士', 32, true),
    ('BENEFICIARY_CATEGORY', '33', '红军失散人员', 33, true),
    ('BENEFICIARY_CATEGORY', '41', '在乡复员军人', 41, true),
    ('BENEFICIARY_CATEGORY', '42', '带病回乡退伍军人', 42, true),
    ('BENEFICIARY_CATEGORY', '51', '参战', 51, true),
    ('BENEFICIARY_CATEGORY', '61', '参试', 61, true),
    ('BENEFICIARY_CATEGORY', '81', '60周岁以上农村籍退役士兵', 81, true),
    ('BENEFICIARY_CATEGORY', 'B1', '部分烈士（错杀被平反人员）子女', 91, true);

-- 军种: 1–6 as in public MVA import templates; the 2024 reorganisation split 战略支援部队 into
-- 军事航天部队, 网络空间部队 and 信息支援部队 (the old value stays for earlier service).
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('MILITARY_BRANCH', '1', '陆军', 1, true),
    ('MILITARY_BRANCH', '2', '海军', 2, true),
    ('MILITARY_BRANCH', '3', '空军', 3, true),
    ('MILITARY_BRANCH', '4', '火箭军', 4, true),
    ('MILITARY_BRANCH', '5', '战略支援部队', 5, true),
    ('MILITARY_BRANCH', '6', '武警部队', 6, true),
    ('MILITARY_BRANCH', '7', '军事航天部队', 7, true),
    ('MILITARY_BRANCH', '8', '网络空间部队', 8, true),
    ('MILITARY_BRANCH', '9', '信息支援部队', 9, true),
    ('MILITARY_BRANCH', '10', '联勤保障部队', 10, true);

-- 安置方式 (退役军人保障法 Art 21–23; 安置条例 Art 92 keeps 自主择业 for officers placed that way).
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('DISCHARGE_TYPE', 'RETIREMENT', '退休', 1, true),
    ('DISCHARGE_TYPE', 'TRANSFER', '转业', 2, true),
    ('DISCHARGE_TYPE', 'MONTHLY_PENSION', '逐月领取退役金', 3, true),
    ('DISCHARGE_TYPE', 'DEMOBILIZATION', '复员', 4, true),
    ('DISCHARGE_TYPE', 'SELF_EMPLOYED', '自主就业', 5, true),
    ('DISCHARGE_TYPE', 'ASSIGNED_JOB', '安排工作', 6, true),
    ('DISCHARGE_TYPE', 'SUPPORTED', '供养', 7, true),
    ('DISCHARGE_TYPE', 'SELF_CAREER', '自主择业', 8, true);

-- 学历 (CAM EDUCATION.TYPE, close to GB/T 4658; mapping unverified, rules §1.2).
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('EDUCATION', '10', '研究生', 10, true),
    ('EDUCATION', '20', '大学本科', 20, true),
    ('EDUCATION', '30', '大学专科', 30, true),
    ('EDUCATION', '40', '中等专科', 40, true),
    ('EDUCATION', '50', '技工学校', 50, true),
    ('EDUCATION', '60', '高中', 60, true),
    ('EDUCATION', '70', '初中', 70, true),
    ('EDUCATION', '80', '小学', 80, true),
    ('EDUCATION', '90', '文盲或半文盲', 90, true);

-- 政治面貌 (GB/T 4762).
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('POLITICAL_STATUS', '01', '中共党员', 1, true),
    ('POLITICAL_STATUS', '02', '中共预备党员', 2, true),
    ('POLITICAL_STATUS', '03', '共青团员', 3, true),
    ('POLITICAL_STATUS', '04', '民革党员', 4, true),
    ('POLITICAL_STATUS', '05', '民盟盟员', 5, true),
    ('POLITICAL_STATUS', '06', '民建会员', 6, true),
    ('POLITICAL_STATUS', '07', '民进会员', 7, true),
    ('POLITICAL_STATUS', '08', '农工党党员', 8, true),
    ('POLITICAL_STATUS', '09', '致公党党员', 9, true),
    ('POLITICAL_STATUS', '10', '九三学社社员', 10, true),
    ('POLITICAL_STATUS', '11', '台盟盟员', 11, true),
    ('POLITICAL_STATUS', '12', '无党派人士', 12, true),
    ('POLITICAL_STATUS', '13', '群众', 13, true);

-- 家庭关系 (the top level of GB/T 4761; mapping unverified).
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('RELATIONSHIP', '10', '配偶', 10, true),
    ('RELATIONSHIP', '20', '子', 20, true),
    ('RELATIONSHIP', '30', '女', 30, true),
    ('RELATIONSHIP', '40', '孙子女或外孙子女', 40, true),
    ('RELATIONSHIP', '51', '父亲', 51, true),
    ('RELATIONSHIP', '52', '母亲', 52, true),
    ('RELATIONSHIP', '60', '祖父母或外祖父母', 60, true),
    ('RELATIONSHIP', '70', '兄弟姐妹', 70, true),
    ('RELATIONSHIP', '80', '其他', 80, true);
