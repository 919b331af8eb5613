teSearchFile("terms/62-79",[["by",[1,1,18],[]]]);
