-- Rosters as bureaus keep them (issue 11): what a county's own 花名册 carries and the person
-- file had no place for, and the data the import reads its columns and values by, which a
-- system administrator extends.

-- Service dates known only to the month (入伍时间 1985.03) keep month precision: the date
-- column holds the first of the month and the precision says the day is not known. Nothing
-- may show or compute a day from it (greetings on an enlistment anniversary skip them).
alter table registry.veteran
    add column enlistment_date_precision text not null default 'DAY'
        check (enlistment_date_precision in ('DAY', 'MONTH')),
    add column discharge_date_precision  text not null default 'DAY'
        check (discharge_date_precision in ('DAY', 'MONTH')),
    add check (enlistment_date_precision = 'DAY' or extract(day from enlistment_date) = 1),
    add check (discharge_date_precision = 'DAY' or extract(day from discharge_date) = 1),
    -- 民族 (GB/T 3304) and 人员类别 (the 信息采集 classes of veterans), dictionary codes.
    add column ethnicity             text,
    add column veteran_type          text,
    -- 现居住地址 as written, and its region when it names one inside the bureau's scope.
    add column current_address       text check (length(current_address) <= 200),
    add column residence_region_code text check (residence_region_code ~ '^[1-9][0-9]{11}$'),
    -- 备注: the roster's remark, and values an import could not read (kept, never dropped).
    add column remark                text check (length(remark) <= 1000),
    -- A remark such as 已故 / 死亡（2023.05）: the person is not recorded as dead on a remark's
    -- word, but is not treated as plainly living either (no greetings) until staff check it.
    add column death_check_note      text check (length(death_check_note) <= 200);
create index veteran_death_check_idx on registry.veteran (household_region_code) where death_check_note is not null;

alter table registry.dictionary_item drop constraint dictionary_item_kind_check;
alter table registry.dictionary_item add constraint dictionary_item_kind_check
    check (kind in ('BENEFICIARY_CATEGORY', 'MILITARY_BRANCH', 'DISCHARGE_TYPE', 'EDUCATION', 'POLITICAL_STATUS',
                    'RELATIONSHIP', 'ETHNICITY', 'VETERAN_TYPE'));

-- 民族: GB/T 3304-1991 名称 and 数字代码.
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('ETHNICITY', '01', '汉族', 1, true), ('ETHNICITY', '02', '蒙古族', 2, true), ('ETHNICITY', '03', '回族', 3, true),
    ('ETHNICITY', '04', '藏族', 4, true), ('ETHNICITY', '05', '维吾尔族', 5, true), ('ETHNICITY', '06', '苗族', 6, true),
    ('ETHNICITY', '07', '彝族', 7, true), ('ETHNICITY', '08', '壮族', 8, true), ('ETHNICITY', '09', '布依族', 9, true),
    ('ETHNICITY', '10', '朝鲜族', 10, true), ('ETHNICITY', '11', '满族', 11, true), ('ETHNICITY', '12', '侗族', 12, true),
    ('ETHNICITY', '13', '瑶族', 13, true), ('ETHNICITY', '14', '白族', 14, true), ('ETHNICITY', '15', '土家族', 15, true),
    ('ETHNICITY', '16', '哈尼族', 16, true), ('ETHNICITY', '17', '哈萨克族', 17, true), ('ETHNICITY', '18', '傣族', 18, true),
    ('ETHNICITY', '19', '黎族', 19, true), ('ETHNICITY', '20', '傈僳族', 20, true), ('ETHNICITY', '21', '佤族', 21, true),
    ('ETHNICITY', '22', '畲族', 22, true), ('ETHNICITY', '23', '高山族', 23, true), ('ETHNICITY', '24', '拉祜族', 24, true),
    ('ETHNICITY', '25', '水族', 25, true), ('ETHNICITY', '26', '东乡族', 26, true), ('ETHNICITY', '27', '纳西族', 27, true),
    ('ETHNICITY', '28', '景颇族', 28, true), ('ETHNICITY', '29', '柯尔克孜族', 29, true), ('ETHNICITY', '30', '土族', 30, true),
    ('ETHNICITY', '31', '达斡尔族', 31, true), ('ETHNICITY', '32', '仫佬族', 32, true), ('ETHNICITY', '33', '羌族', 33, true),
    ('ETHNICITY', '34', '布朗族', 34, true), ('ETHNICITY', '35', '撒拉族', 35, true), ('ETHNICITY', '36', '毛南族', 36, true),
    ('ETHNICITY', '37', '仡佬族', 37, true), ('ETHNICITY', '38', '锡伯族', 38, true), ('ETHNICITY', '39', '阿昌族', 39, true),
    ('ETHNICITY', '40', '普米族', 40, true), ('ETHNICITY', '41', '塔吉克族', 41, true), ('ETHNICITY', '42', '怒族', 42, true),
    ('ETHNICITY', '43', '乌孜别克族', 43, true), ('ETHNICITY', '44', '俄罗斯族', 44, true), ('ETHNICITY', '45', '鄂温克族', 45, true),
    ('ETHNICITY', '46', '德昂族', 46, true), ('ETHNICITY', '47', '保安族', 47, true), ('ETHNICITY', '48', '裕固族', 48, true),
    ('ETHNICITY', '49', '京族', 49, true), ('ETHNICITY', '50', '塔塔尔族', 50, true), ('ETHNICITY', '51', '独龙族', 51, true),
    ('ETHNICITY', '52', '鄂伦春族', 52, true), ('ETHNICITY', '53', '赫哲族', 53, true), ('ETHNICITY', '54', '门巴族', 54, true),
    ('ETHNICITY', '55', '珞巴族', 55, true), ('ETHNICITY', '56', '基诺族', 56, true), ('ETHNICITY', '97', '其他', 97, true),
    ('ETHNICITY', '98', '外国血统中国籍人士', 98, true);

-- 人员类别: the classes of veterans in the national 信息采集 (docs/rules.md, registry: 12 类人员,
-- numbers 1–6; classes 7–12 are beneficiary categories or family members and are recorded as such).
insert into registry.dictionary_item (kind, code, label, sort_order, builtin) values
    ('VETERAN_TYPE', '1', '军队转业干部', 1, true),
    ('VETERAN_TYPE', '2', '退役士兵', 2, true),
    ('VETERAN_TYPE', '3', '军队离休退休干部和退休士官', 3, true),
    ('VETERAN_TYPE', '4', '军队无军籍离休退休退职职工', 4, true),
    ('VETERAN_TYPE', '5', '复员军人', 5, true),
    ('VETERAN_TYPE', '6', '退伍红军老战士', 6, true);

-- Other wordings of a dictionary value (党员 → 中共党员): the import reads a value by its code,
-- its label or one of these. Built-in ones come from here; a system administrator adds more.
create table registry.dictionary_synonym (
    id         bigint      generated always as identity primary key,
    kind       text        not null,
    synonym    text        not null check (length(synonym) between 1 and 50),
    code       text        not null,
    builtin    boolean     not null default false,
    created_by text,
    created_at timestamptz not null default now(),
    unique (kind, synonym),
    foreign key (kind, code) references registry.dictionary_item (kind, code)
);

insert into registry.dictionary_synonym (kind, synonym, code, builtin) values
    ('POLITICAL_STATUS', '党员', '01', true), ('POLITICAL_STATUS', '共产党员', '01', true),
    ('POLITICAL_STATUS', '中国共产党党员', '01', true), ('POLITICAL_STATUS', '预备党员', '02', true),
    ('POLITICAL_STATUS', '团员', '03', true), ('POLITICAL_STATUS', '共青团', '03', true),
    ('POLITICAL_STATUS', '无党派', '12', true), ('POLITICAL_STATUS', '无党派民主人士', '12', true),
    ('POLITICAL_STATUS', '普通群众', '13', true), ('POLITICAL_STATUS', '无', '13', true),
    ('EDUCATION', '研究生及以上', '10', true), ('EDUCATION', '硕士', '10', true), ('EDUCATION', '博士', '10', true),
    ('EDUCATION', '本科', '20', true), ('EDUCATION', '大学', '20', true), ('EDUCATION', '大本', '20', true),
    ('EDUCATION', '大专', '30', true), ('EDUCATION', '专科', '30', true), ('EDUCATION', '中专', '40', true),
    ('EDUCATION', '技校', '50', true), ('EDUCATION', '中技', '50', true), ('EDUCATION', '职高', '60', true),
    ('EDUCATION', '高中及以下', '60', true), ('EDUCATION', '文盲', '90', true), ('EDUCATION', '半文盲', '90', true),
    ('MILITARY_BRANCH', '武警', '6', true), ('MILITARY_BRANCH', '武装警察部队', '6', true),
    ('MILITARY_BRANCH', '二炮', '4', true), ('MILITARY_BRANCH', '第二炮兵', '4', true),
    ('MILITARY_BRANCH', '联勤', '10', true),
    ('DISCHARGE_TYPE', '自谋职业', 'SELF_EMPLOYED', true), ('DISCHARGE_TYPE', '安置工作', 'ASSIGNED_JOB', true),
    ('DISCHARGE_TYPE', '政府安排工作', 'ASSIGNED_JOB', true), ('DISCHARGE_TYPE', '逐月领取', 'MONTHLY_PENSION', true),
    ('DISCHARGE_TYPE', '退休安置', 'RETIREMENT', true), ('DISCHARGE_TYPE', '转业安置', 'TRANSFER', true),
    ('DISCHARGE_TYPE', '复员安置', 'DEMOBILIZATION', true),
    ('BENEFICIARY_CATEGORY', '伤残军人', '11', true), ('BENEFICIARY_CATEGORY', '残疾退役军人', '11', true),
    ('BENEFICIARY_CATEGORY', '烈属', '21', true), ('BENEFICIARY_CATEGORY', '烈士遗属', '21', true),
    ('BENEFICIARY_CATEGORY', '因公牺牲军人遗属', '22', true), ('BENEFICIARY_CATEGORY', '因公牺牲遗属', '22', true),
    ('BENEFICIARY_CATEGORY', '病故军人遗属', '23', true), ('BENEFICIARY_CATEGORY', '病故遗属', '23', true),
    ('BENEFICIARY_CATEGORY', '老复员军人', '41', true), ('BENEFICIARY_CATEGORY', '带病回乡', '42', true),
    ('BENEFICIARY_CATEGORY', '参战退役人员', '51', true), ('BENEFICIARY_CATEGORY', '参战人员', '51', true),
    ('BENEFICIARY_CATEGORY', '参试退役人员', '61', true), ('BENEFICIARY_CATEGORY', '参试人员', '61', true),
    ('BENEFICIARY_CATEGORY', '农村籍退役士兵', '81', true),
    ('RELATIONSHIP', '妻子', '10', true), ('RELATIONSHIP', '丈夫', '10', true), ('RELATIONSHIP', '妻', '10', true),
    ('RELATIONSHIP', '夫', '10', true), ('RELATIONSHIP', '爱人', '10', true), ('RELATIONSHIP', '儿子', '20', true),
    ('RELATIONSHIP', '长子', '20', true), ('RELATIONSHIP', '次子', '20', true), ('RELATIONSHIP', '女儿', '30', true),
    ('RELATIONSHIP', '长女', '30', true), ('RELATIONSHIP', '次女', '30', true), ('RELATIONSHIP', '孙子', '40', true),
    ('RELATIONSHIP', '孙女', '40', true), ('RELATIONSHIP', '外孙', '40', true), ('RELATIONSHIP', '外孙女', '40', true),
    ('RELATIONSHIP', '父', '51', true), ('RELATIONSHIP', '母', '52', true), ('RELATIONSHIP', '祖父', '60', true),
    ('RELATIONSHIP', '祖母', '60', true), ('RELATIONSHIP', '外祖父', '60', true), ('RELATIONSHIP', '外祖母', '60', true),
    ('RELATIONSHIP', '哥哥', '70', true), ('RELATIONSHIP', '弟弟', '70', true), ('RELATIONSHIP', '姐姐', '70', true),
    ('RELATIONSHIP', '妹妹', '70', true), ('RELATIONSHIP', '兄弟', '70', true), ('RELATIONSHIP', '姐妹', '70', true),
    ('VETERAN_TYPE', '转业干部', '1', true), ('VETERAN_TYPE', '军转干部', '1', true),
    ('VETERAN_TYPE', '退伍士兵', '2', true), ('VETERAN_TYPE', '退伍军人', '2', true),
    ('VETERAN_TYPE', '离休干部', '3', true), ('VETERAN_TYPE', '退休干部', '3', true),
    ('VETERAN_TYPE', '军队离退休干部', '3', true), ('VETERAN_TYPE', '退休士官', '3', true),
    ('VETERAN_TYPE', '无军籍职工', '4', true), ('VETERAN_TYPE', '红军老战士', '6', true);
-- Every ethnic group also by its name without 族 (汉 → 汉族).
insert into registry.dictionary_synonym (kind, synonym, code, builtin)
select kind, left(label, length(label) - 1), code, true
from registry.dictionary_item where kind = 'ETHNICITY' and label like '%族';

-- The wordings of a roster's headings (身份证号码, 公民身份号码, 证件号码 → the ID number). kind
-- VETERANS or FAMILY when a heading means something else in a family roster (there 退役军人身份证号
-- is the veteran the member belongs to), ANY otherwise. Headings are stored normalised: no spaces,
-- no asterisks, no notes in brackets.
create table registry.roster_heading (
    heading    text        not null check (length(heading) between 1 and 50),
    kind       text        not null check (kind in ('ANY', 'VETERANS', 'FAMILY')),
    field      text        not null check (field ~ '^[A-Z_]{1,40}$'),
    builtin    boolean     not null default false,
    created_by text,
    created_at timestamptz not null default now(),
    primary key (heading, kind)
);

insert into registry.roster_heading (heading, kind, field, builtin)
select h, 'ANY', f, true from (values
    ('姓名', 'NAME'), ('名字', 'NAME'), ('人员姓名', 'NAME'),
    ('身份证号', 'ID_NUMBER'), ('身份证号码', 'ID_NUMBER'), ('公民身份号码', 'ID_NUMBER'),
    ('公民身份证号码', 'ID_NUMBER'), ('证件号码', 'ID_NUMBER'), ('证件号', 'ID_NUMBER'), ('身份证', 'ID_NUMBER'),
    ('身份证件号码', 'ID_NUMBER'), ('居民身份证号码', 'ID_NUMBER'),
    ('户籍区划代码', 'REGION_CODE'), ('户籍地区划代码', 'REGION_CODE'), ('区划代码', 'REGION_CODE'),
    ('行政区划代码', 'REGION_CODE'), ('户籍地代码', 'REGION_CODE'),
    ('户籍所在地', 'HOUSEHOLD_PLACE'), ('户籍地址', 'HOUSEHOLD_PLACE'), ('户籍地', 'HOUSEHOLD_PLACE'),
    ('户口所在地', 'HOUSEHOLD_PLACE'), ('户籍所在地址', 'HOUSEHOLD_PLACE'), ('所在村社区', 'HOUSEHOLD_PLACE'),
    ('所属村社区', 'HOUSEHOLD_PLACE'), ('村社区', 'HOUSEHOLD_PLACE'), ('所在村', 'HOUSEHOLD_PLACE'),
    ('所在社区', 'HOUSEHOLD_PLACE'), ('所属镇街', 'HOUSEHOLD_PLACE'),
    ('住址', 'ADDRESS'), ('家庭住址', 'ADDRESS'), ('详细地址', 'ADDRESS'), ('家庭地址', 'ADDRESS'),
    ('现居住地址', 'CURRENT_ADDRESS'), ('现居住地', 'CURRENT_ADDRESS'), ('现住址', 'CURRENT_ADDRESS'),
    ('居住地址', 'CURRENT_ADDRESS'), ('现居地址', 'CURRENT_ADDRESS'), ('经常居住地', 'CURRENT_ADDRESS'),
    ('性别', 'GENDER'),
    ('出生日期', 'BIRTH_DATE'), ('出生年月', 'BIRTH_DATE'), ('出生年月日', 'BIRTH_DATE'), ('出生时间', 'BIRTH_DATE'),
    ('民族', 'ETHNICITY'),
    ('联系电话', 'PHONE'), ('手机号码', 'PHONE'), ('手机号', 'PHONE'), ('手机', 'PHONE'), ('电话', 'PHONE'),
    ('电话号码', 'PHONE'), ('联系方式', 'PHONE'), ('本人电话', 'PHONE'), ('本人联系电话', 'PHONE'),
    ('开户银行', 'BANK_NAME'), ('开户行', 'BANK_NAME'), ('银行名称', 'BANK_NAME'), ('开户银行名称', 'BANK_NAME'),
    ('银行账号', 'BANK_ACCOUNT'), ('银行卡号', 'BANK_ACCOUNT'), ('账号', 'BANK_ACCOUNT'), ('银行帐号', 'BANK_ACCOUNT'),
    ('帐号', 'BANK_ACCOUNT'), ('卡号', 'BANK_ACCOUNT'), ('银行账户', 'BANK_ACCOUNT'), ('一卡通账号', 'BANK_ACCOUNT'),
    ('学历', 'EDUCATION'), ('文化程度', 'EDUCATION'),
    ('政治面貌', 'POLITICAL_STATUS'),
    ('入伍时间', 'ENLISTMENT'), ('入伍年月', 'ENLISTMENT'), ('入伍日期', 'ENLISTMENT'),
    ('退役时间', 'DISCHARGE'), ('退伍时间', 'DISCHARGE'), ('退役年月', 'DISCHARGE'), ('退伍年月', 'DISCHARGE'),
    ('退役日期', 'DISCHARGE'), ('退伍日期', 'DISCHARGE'),
    ('军种', 'BRANCH'),
    ('军衔', 'RANK'), ('职级', 'RANK'), ('军衔级别', 'RANK'), ('退役时军衔', 'RANK'), ('军衔职级', 'RANK'),
    ('退役安置方式', 'DISCHARGE_TYPE'), ('安置方式', 'DISCHARGE_TYPE'), ('退役方式', 'DISCHARGE_TYPE'),
    ('原部队', 'UNIT'), ('服役部队', 'UNIT'), ('原部别', 'UNIT'), ('原部队番号', 'UNIT'), ('部队番号', 'UNIT'),
    ('服役单位', 'UNIT'), ('原服役部队', 'UNIT'),
    ('困难退役军人', 'HARDSHIP'), ('是否困难', 'HARDSHIP'), ('是否困难退役军人', 'HARDSHIP'),
    ('人员类别', 'CATEGORY'), ('退役军人类别', 'CATEGORY'), ('优抚类别', 'CATEGORY'), ('优抚对象类别', 'CATEGORY'),
    ('对象类别', 'CATEGORY'), ('类别', 'CATEGORY'), ('人员身份', 'CATEGORY'),
    ('伤残等级', 'DISABILITY_GRADE'), ('残疾等级', 'DISABILITY_GRADE'), ('评残等级', 'DISABILITY_GRADE'),
    ('伤残性质', 'DISABILITY_CAUSE'), ('残疾性质', 'DISABILITY_CAUSE'), ('致残性质', 'DISABILITY_CAUSE'),
    ('证书编号', 'CERTIFICATE_NO'), ('优抚证书编号', 'CERTIFICATE_NO'), ('残疾军人证号', 'CERTIFICATE_NO'),
    ('残疾军人证编号', 'CERTIFICATE_NO'), ('烈士证书编号', 'CERTIFICATE_NO'),
    ('备注', 'REMARK'), ('说明', 'REMARK'), ('备注说明', 'REMARK'),
    ('序号', 'SEQUENCE'), ('编号', 'SEQUENCE'), ('序', 'SEQUENCE')
) as seed (h, f);

insert into registry.roster_heading (heading, kind, field, builtin) values
    ('退役军人姓名', 'VETERANS', 'NAME', true), ('军人姓名', 'VETERANS', 'NAME', true),
    ('退役军人身份证号', 'VETERANS', 'ID_NUMBER', true), ('退役军人身份证号码', 'VETERANS', 'ID_NUMBER', true),
    ('家属姓名', 'FAMILY', 'NAME', true), ('成员姓名', 'FAMILY', 'NAME', true), ('遗属姓名', 'FAMILY', 'NAME', true),
    ('家庭成员姓名', 'FAMILY', 'NAME', true),
    ('家属身份证号', 'FAMILY', 'ID_NUMBER', true), ('家属身份证号码', 'FAMILY', 'ID_NUMBER', true),
    ('成员身份证号', 'FAMILY', 'ID_NUMBER', true), ('遗属身份证号', 'FAMILY', 'ID_NUMBER', true),
    ('遗属身份证号码', 'FAMILY', 'ID_NUMBER', true),
    ('退役军人姓名', 'FAMILY', 'LINKED_NAME', true), ('军人姓名', 'FAMILY', 'LINKED_NAME', true),
    ('烈士姓名', 'FAMILY', 'LINKED_NAME', true), ('关联人姓名', 'FAMILY', 'LINKED_NAME', true),
    ('退役军人身份证号', 'FAMILY', 'LINKED_ID_NUMBER', true),
    ('退役军人身份证号码', 'FAMILY', 'LINKED_ID_NUMBER', true),
    ('军人身份证号', 'FAMILY', 'LINKED_ID_NUMBER', true), ('军人身份证号码', 'FAMILY', 'LINKED_ID_NUMBER', true),
    ('烈士身份证号', 'FAMILY', 'LINKED_ID_NUMBER', true), ('烈士身份证号码', 'FAMILY', 'LINKED_ID_NUMBER', true),
    ('关联人身份证号', 'FAMILY', 'LINKED_ID_NUMBER', true),
    ('关联退役军人身份证号', 'FAMILY', 'LINKED_ID_NUMBER', true),
    ('与退役军人关系', 'FAMILY', 'RELATIONSHIP', true), ('与烈士关系', 'FAMILY', 'RELATIONSHIP', true),
    ('与军人关系', 'FAMILY', 'RELATIONSHIP', true), ('关系', 'FAMILY', 'RELATIONSHIP', true),
    ('家庭关系', 'FAMILY', 'RELATIONSHIP', true), ('亲属关系', 'FAMILY', 'RELATIONSHIP', true),
    ('称谓', 'FAMILY', 'RELATIONSHIP', true);

-- Stored numbers that look damaged by Excel (it keeps 15 significant digits: an 18-digit ID
-- ending in 000, an account whose digits after the 15th are all 0) are listed for review from
-- their masks; a row here says staff checked one against the papers and it is right as stored.
create table registry.number_review (
    veteran_id  bigint      not null references registry.veteran (id),
    field       text        not null check (field in ('ID_NUMBER', 'BANK_ACCOUNT')),
    mask        text        not null,
    reviewed_by text        not null,
    reviewed_at timestamptz not null default now(),
    note        text        check (length(note) <= 200),
    primary key (veteran_id, field, mask)
);
