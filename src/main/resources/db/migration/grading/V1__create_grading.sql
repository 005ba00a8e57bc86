create schema if not exists grading;

-- 服务站建设等级 有→优→精: one set of criteria per grade and first year it applies, with where it
-- comes from. A station reaches a grade when the weights of the criteria the county finds met add
-- up to the set's pass score.
create table grading.criteria_set (
    id             bigint  generated always as identity primary key,
    grade          text    not null check (grade in ('BASIC', 'GOOD', 'EXCELLENT')),
    first_year     int     not null check (first_year between 2018 and 2100),
    name           text    not null check (length(name) between 1 and 100),
    source         text    not null check (length(source) between 1 and 500),
    pass_score     int     not null check (pass_score between 1 and 100),
    unique (grade, first_year)
);

create table grading.criterion (
    id        bigint generated always as identity primary key,
    set_id    bigint not null references grading.criteria_set (id),
    position  int    not null check (position >= 1),
    title     text   not null check (length(title) between 1 and 200),
    weight    int    not null check (weight between 1 and 100),
    evidence  text   not null check (length(evidence) between 1 and 500),
    unique (set_id, position)
);

-- A station's yearly assessment for one grade: self-assessment with facility data and evidence,
-- the township's review (village stations only), the county's rating. Drafts are edited; a
-- returned assessment goes back to draft.
create table grading.assessment (
    id             bigint      generated always as identity primary key,
    station_id     bigint      not null,
    station_name   text        not null,
    region_code    text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    year           int         not null check (year between 2018 and 2100),
    target_grade   text        not null check (target_grade in ('BASIC', 'GOOD', 'EXCELLENT')),
    set_id         bigint      not null references grading.criteria_set (id),
    status         text        not null check (status in ('DRAFT', 'SUBMITTED', 'REVIEWED', 'RATED')),
    area_sqm       int         not null check (area_sqm between 1 and 100000),
    rooms          int         not null check (rooms between 0 and 1000),
    opening_hours  text        not null check (length(opening_hours) between 1 and 100),
    self_note      text        check (length(self_note) <= 2000),
    created_by     text        not null,
    submitted_by   text,
    submitted_at   timestamptz,
    reviewed_by    text,
    review_note    text        check (length(review_note) <= 2000),
    reviewed_at    timestamptz,
    rated_by       text,
    rating_note    text        check (length(rating_note) <= 2000),
    rated_at       timestamptz,
    score          int         check (score between 0 and 100),
    achieved       boolean,
    unique (station_id, year),
    check ((status = 'RATED') = (rated_by is not null and score is not null and achieved is not null))
);
create index assessment_region_idx on grading.assessment (region_code, year desc, id);

-- The station's claim, the township's and the county's finding per criterion.
create table grading.assessment_item (
    assessment_id bigint  not null references grading.assessment (id) on delete cascade,
    criterion_id  bigint  not null references grading.criterion (id),
    self_met      boolean not null,
    self_note     text    check (length(self_note) <= 500),
    review_met    boolean,
    rating_met    boolean,
    primary key (assessment_id, criterion_id)
);

-- 整改任务: a criterion the county found unmet, to be fixed by the station by a date.
create table grading.improvement_task (
    id            bigint      generated always as identity primary key,
    assessment_id bigint      not null references grading.assessment (id),
    criterion_id  bigint      not null references grading.criterion (id),
    region_code   text        not null check (region_code ~ '^[1-9][0-9]{11}$'),
    due_on        date        not null,
    status        text        not null check (status in ('OPEN', 'DONE')),
    done_note     text        check (length(done_note) <= 2000),
    done_on       date,
    unique (assessment_id, criterion_id),
    check ((status = 'DONE') = (done_on is not null and done_note is not null))
);
create index improvement_task_region_idx on grading.improvement_task (region_code, status, due_on);

-- 有: the official "五有" (新华社 2020-12-15: 服务中心(站) 实现 "有机构、有编制、有人员、有经费、有保障" 全覆盖),
-- all five needed. 优 and 精: the county bureau's own weighted criteria (docs/rules.md), changed here.
insert into grading.criteria_set (grade, first_year, name, source, pass_score) values
    ('BASIC', 2020, '"五有"建设标准',
     '新华社2020年12月15日：全国退役军人服务中心(站)实现"有机构、有编制、有人员、有经费、有保障""五有"全覆盖', 100),
    ('GOOD', 2024, '优秀服务站评定标准（县局）',
     '嘉善县退役军人事务局服务站"有→优→精"建设评定细则（县局自定，参照DB3304/T 085-2022 章节：建设要求、服务内容、服务质量、评价与改进）', 80),
    ('EXCELLENT', 2024, '精品服务站评定标准（县局）',
     '嘉善县退役军人事务局服务站"有→优→精"建设评定细则（县局自定，参照全国模范退役军人服务站事例：270㎡，办公室、办事服务大厅、接待室、文体活动室、荣誉室，3名工作人员）', 90);

insert into grading.criterion (set_id, position, title, weight, evidence)
select s.id, c.position, c.title, c.weight, c.evidence
from grading.criteria_set s
join (values
    ('BASIC', 1, '有机构：服务站经批准设立并挂牌', 20, '设立批复文件、挂牌照片'),
    ('BASIC', 2, '有编制：明确服务站编制或岗位', 20, '编制或岗位设置文件'),
    ('BASIC', 3, '有人员：配备专（兼）职工作人员', 20, '人员名单及分工'),
    ('BASIC', 4, '有经费：工作经费纳入财政预算', 20, '预算文件或经费拨付凭证'),
    ('BASIC', 5, '有保障：有固定服务场所和办公设备', 20, '场所照片、设备清单'),
    ('GOOD', 1, '服务场所面积不少于60平方米，设办事服务区和接待室', 20, '场所平面图、照片'),
    ('GOOD', 2, '专职工作人员不少于2名，经过业务培训', 20, '人员名单、培训记录'),
    ('GOOD', 3, '服务事项清单、办事流程和工作制度上墙公示', 20, '公示照片'),
    ('GOOD', 4, '建立退役军人联系台账，常态化联系覆盖全部对象', 20, '联系台账'),
    ('GOOD', 5, '信访接待和矛盾化解有记录、有回访', 20, '信访接待记录'),
    ('EXCELLENT', 1, '服务场所面积不少于200平方米，设荣誉室和文体活动室', 20, '场所平面图、照片'),
    ('EXCELLENT', 2, '专职工作人员不少于3名，设站长', 15, '人员名单、任命文件'),
    ('EXCELLENT', 3, '开展就业创业、优抚帮扶、走访慰问、权益维护全部服务', 20, '年度工作台账'),
    ('EXCELLENT', 4, '组建退役军人志愿服务队并开展活动', 15, '服务队名单、活动记录'),
    ('EXCELLENT', 5, '服务对象满意度测评不低于95%', 15, '满意度测评报告'),
    ('EXCELLENT', 6, '有特色服务品牌，获县级以上表彰或推广', 15, '表彰文件、报道')
) as c (grade, position, title, weight, evidence) on c.grade = s.grade;
