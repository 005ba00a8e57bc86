import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { createAppRouter } from './router'
import { onPasswordChangeRequired, onUnauthorized } from './shared/api/http'
import { vPermission } from './shared/directives/permission'
import { useUserStore } from './shared/stores/user'
import { usePortalStore } from './modules/portal/store'

const app = createApp(App)
const pinia = createPinia()
const router = createAppRouter()

app.use(pinia)
app.use(router)
app.use(ElementPlus, { locale: zhCn })
app.directive('permission', vPermission)

onUnauthorized(() => {
  if (router.currentRoute.value.meta.portal) {
    usePortalStore(pinia).clear()
    if (router.currentRoute.value.name !== 'portal-login')
      void router.push({ name: 'portal-login' })
    return
  }
  useUserStore(pinia).clear()
  if (router.currentRoute.value.name !== 'login') void router.push({ name: 'login' })
})
onPasswordChangeRequired(() => {
  if (router.currentRoute.value.name !== 'change-password') {
    void router.push({ name: 'change-password' })
  }
})

app.mount('#app')
