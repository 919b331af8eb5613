teSearchFile("terms/f-5cd3d45f",[["~person:te-leonid-ilyich-brezhnev",[1,1,2],[]]]);
