import { defineBackground } from 'wxt/utils/define-background';
import { registerCommands } from './commands';
import { registerHandlers } from './handlers';
import { registerInstall } from './install';
import { registerMenus } from './menus';
import { registerFirstViews, registerTabTracking } from './tabs';

export default defineBackground(() => {
  registerHandlers();
  registerTabTracking();
  registerFirstViews();
  registerMenus();
  registerCommands();
  registerInstall();
});
