import type { RouteRecordRaw } from 'vue-router'

/** Pages inside the main layout; `meta.permission` is checked by the router guard. */
export const messagingRoutes: RouteRecordRaw[] = [
  {
    path: '/messaging/campaigns',
    name: 'messaging-campaigns',
    component: () => import('./views/CampaignListView.vue'),
    meta: { title: '消息活动', permission: 'messaging:campaign:list', icon: 'Promotion' },
  },
  {
    path: '/messaging/campaigns/new',
    name: 'messaging-campaign-new',
    component: () => import('./views/CampaignWizardView.vue'),
    meta: {
      title: '新建消息活动',
      permission: 'messaging:campaign:create',
      hidden: true,
      activeMenu: '/messaging/campaigns',
    },
  },
  {
    path: '/messaging/campaigns/:id(\\d+)',
    name: 'messaging-campaign',
    component: () => import('./views/CampaignDetailView.vue'),
    meta: {
      title: '消息活动详情',
      permission: 'messaging:campaign:list',
      hidden: true,
      activeMenu: '/messaging/campaigns',
    },
  },
  {
    path: '/messaging/templates',
    name: 'messaging-templates',
    component: () => import('./views/TemplateListView.vue'),
    meta: { title: '消息模板', permission: 'messaging:template:list', icon: 'Document' },
  },
  {
    path: '/messaging/greetings',
    name: 'messaging-greetings',
    component: () => import('./views/GreetingSettingsView.vue'),
    meta: { title: '自动问候', permission: 'messaging:campaign:list', icon: 'Calendar' },
  },
  {
    path: '/messaging/opt-outs',
    name: 'messaging-opt-outs',
    component: () => import('./views/OptOutListView.vue'),
    meta: { title: '退订名单', permission: 'messaging:opt-out:list', icon: 'CircleClose' },
  },
  {
    path: '/messaging/inbox',
    name: 'messaging-inbox',
    component: () => import('./views/InboxView.vue'),
    meta: { title: '站内消息', icon: 'Message' },
  },
]
