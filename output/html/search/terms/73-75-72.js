teSearchFile("terms/73-75-72",[["sure",[1,1,26],[]]]);
